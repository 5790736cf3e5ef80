import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { createLogger } from '../../bot/logger';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../bot/store/embeddedCosmos';
import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { createCosmosClient } from '../../bot/store/cosmosClient';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { teamsMessage } from '../support/activities';
import { DEMO_USERS, demoFileJson } from '../support/demo';
import { storedAsAssigned } from '../support/directStore';
import { TcpProxy } from '../support/tcpProxy';
import { startTestApp, type TestApp } from '../support/testApp';

const en = translatorFor('en');

/** Readiness is cached for a few seconds, so the instance returns to rotation within them. */
async function untilReady(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await fetch(`${url}/readyz`)).status !== 200) {
    if (Date.now() > deadline) throw new Error('the bot did not become ready again');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the store going away mid-conversation', function () {
  this.timeout(120_000);
  let cosmos: EmbeddedCosmos;
  let proxy: TcpProxy;
  let test: TestApp;

  before(async () => {
    cosmos = await startEmbeddedCosmos({ logger: createLogger('silent') });
    proxy = await new TcpProxy({ host: '127.0.0.1', port: Number(new URL(cosmos.endpoint).port) }).up();
    test = await startTestApp({ COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: cosmos.key, SEED_FILE: '' });
    const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key });
    await importTenant(new TenantDocuments(client.database('mpn-benefits').container('benefits')), parseImportFile(demoFileJson()), 'test');
    client.dispose();
  });
  after(async () => {
    await test.stop();
    await proxy.down();
    await cosmos.close();
  });

  const assignAdele = (conversationId: string) =>
    test.post(
      teamsMessage('', { serviceUrl: test.capture.url, conversationId }, {
        text: undefined,
        value: { action: 'benefit.assign', benefitId: 'vs-professional', assignee: DEMO_USERS.adele.aadObjectId },
        replyToId: 'card-1',
      }),
    );
  const adeleHoldsIt = () => storedAsAssigned(cosmos, 'vs-professional', DEMO_USERS.adele.aadObjectId);

  it('tells the user to try again, reports the store unreachable, changes nothing, and recovers when it returns', async () => {
    await test.post(teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'f-1' }));
    await test.capture.waitFor(1, 'f-1');

    await proxy.down();
    const readiness = await fetch(`${test.app.url}/readyz`);
    assert.equal(readiness.status, 503, 'out of rotation');
    assert.equal(((await readiness.json()) as { store: string }).store, 'unreachable');
    assert.equal((await fetch(`${test.app.url}/healthz`)).status, 200, 'alive: no reason to restart it');

    const response = await assignAdele('f-2');
    assert.equal(response.status, 200);
    const [apology] = await test.capture.waitFor(1, 'f-2', 60_000);
    assert.equal(apology?.text, en('errors.storeUnavailable'));

    await proxy.up();
    assert.equal(await adeleHoldsIt(), false, 'nothing was written while the store was away');
    await untilReady(test.app.url);
    await assignAdele('f-3');
    const [done] = await test.capture.waitFor(1, 'f-3');
    assert.ok(done, 'the bot answers again');
    assert.equal(await adeleHoldsIt(), true);
  });
});
