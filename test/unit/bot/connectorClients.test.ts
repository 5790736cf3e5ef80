import { strict as assert } from 'node:assert';
import { AuthenticationConstants, ClaimsIdentity, ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { ConnectorClientPool } from '../../../bot/connectorClients';

/** botbuilder's factory stands in here as one that counts what it builds and can be made to fail. */
class CountingFactory extends ConnectorFactory {
  built: string[] = [];
  failNext = false;
  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('credentials unavailable');
    }
    this.built.push(`${serviceUrl}|${audience}`);
    return { serviceUrl, audience } as unknown as ConnectorClient;
  }
}

const claimsFor = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);

describe('bot/ConnectorClientPool', () => {
  it('builds one client per bot, service URL and audience and hands it to every turn', async () => {
    const pool = new ConnectorClientPool();
    const inner = new CountingFactory();
    const first = await pool.connectorFactory(claimsFor('bot-a'), inner).create('https://smba.example/emea/', 'aud');
    const again = await pool.connectorFactory(claimsFor('bot-a'), inner).create('https://smba.example/emea/', 'aud');
    assert.equal(again, first);
    await pool.connectorFactory(claimsFor('bot-a'), inner).create('https://smba.example/amer/', 'aud');
    await pool.connectorFactory(claimsFor('bot-a'), inner).create('https://smba.example/emea/', 'other');
    await pool.connectorFactory(claimsFor('bot-b'), inner).create('https://smba.example/emea/', 'aud');
    assert.equal(inner.built.length, 4);
  });

  it('does not keep a failed creation: the next turn tries again', async () => {
    const pool = new ConnectorClientPool();
    const inner = new CountingFactory();
    inner.failNext = true;
    const factory = pool.connectorFactory(claimsFor('bot-a'), inner);
    await assert.rejects(factory.create('https://smba.example/', 'aud'), /credentials unavailable/);
    const client = await factory.create('https://smba.example/', 'aud');
    assert.equal((client as unknown as { serviceUrl: string }).serviceUrl, 'https://smba.example/');
  });
});
