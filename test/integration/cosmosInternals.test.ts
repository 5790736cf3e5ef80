import { strict as assert } from 'node:assert';
import { CosmosClient, CosmosDbDiagnosticLevel } from '@azure/cosmos';
import sinon from 'sinon';
import { createLogger } from '../../bot/logger';
import { createCosmosClient, diagnosticsContextOf, skipUnwrittenDiagnostics } from '../../bot/store/cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../bot/store/embeddedCosmos';

/**
 * What the bot relies on in the Cosmos DB SDK beyond its documented surface, one test each, named after it: an
 * upgrade that changes one of these fails here by name.
 */
describe('Cosmos DB SDK internals the bot relies on', () => {
  let cosmos: EmbeddedCosmos;
  before(async () => {
    cosmos = await startEmbeddedCosmos({ logger: createLogger('silent') });
  });
  after(() => cosmos.close());
  afterEach(() => sinon.restore());

  const connection = () => ({ endpoint: cosmos.endpoint, key: cosmos.key });
  const plainClient = () =>
    new CosmosClient({ ...connection(), connectionPolicy: { enableEndpointDiscovery: false } });

  it("the client context formats every request's diagnostics through its diagnosticFormatter, at level info by default (bot/store/cosmosClient.ts)", async () => {
    const client = plainClient();
    try {
      const context = diagnosticsContextOf(client);
      assert.equal(context?.diagnosticLevel, 'info');
      const format = sinon.spy(context.diagnosticFormatter!, 'format');
      await client.getDatabaseAccount();
      assert.equal(format.callCount, 1, 'formatted once for the one request');
    } finally {
      client.dispose();
    }
  });

  it('a client of ours formats no diagnostics at level info, and its responses still carry them', async () => {
    const client = createCosmosClient(connection());
    try {
      const context = diagnosticsContextOf(client);
      const stringify = sinon.spy(JSON, 'stringify');
      const response = await client.getDatabaseAccount();
      const diagnostics = response.diagnostics;
      assert.ok(!stringify.getCalls().some((call) => call.args[0] === diagnostics), 'the diagnostics were not turned into JSON');
      assert.equal(context?.diagnosticFormatter?.format(diagnostics), '');
      assert.ok(diagnostics.clientSideRequestStatistics, 'the response has its diagnostics');
    } finally {
      client.dispose();
    }
  });

  it('a client at another diagnostic level keeps the SDK formatting its diagnostics for its log', () => {
    const client = new CosmosClient({ ...connection(), diagnosticLevel: CosmosDbDiagnosticLevel.debug, connectionPolicy: { enableEndpointDiscovery: false } });
    try {
      skipUnwrittenDiagnostics(client);
      assert.notEqual(diagnosticsContextOf(client)?.diagnosticFormatter?.format({ shown: true }), '');
    } finally {
      client.dispose();
    }
  });
});
