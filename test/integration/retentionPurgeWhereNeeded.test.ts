import { strict as assert } from 'node:assert';
import type { Container } from '@azure/cosmos';
import { createLogger } from '../../bot/logger';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../bot/store/embeddedCosmos';
import { startRetentionPurgeWhereNeeded } from '../../bot/store/purgeWhereNeeded';
import { RetentionPurge } from '../../bot/store/retentionPurge';
import { openStore, type StoreConnection } from '../../bot/store/storeConnection';
import { startTestApp, type TestApp } from '../support/testApp';

const silent = createLogger('silent');

const idsIn = async (container: Container, tenantId: string): Promise<string[]> => {
  const query = { query: 'SELECT VALUE c.id FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: tenantId }] };
  return (await container.items.query<string>(query).fetchAll()).resources.sort();
};

describe('the retention purge on a store reached through COSMOS_ENDPOINT', function () {
  this.timeout(30_000);

  describe('that is the Cosmos-compatible server, which has no TTL', () => {
    let cosmos: EmbeddedCosmos;
    let test: TestApp | undefined;
    before(async () => {
      cosmos = await startEmbeddedCosmos({ logger: silent });
    });
    after(async () => {
      await test?.stop();
      await cosmos.close();
    });

    it('finds that an expired document is kept, and leaves no document of its own', async () => {
      const store = await openStore(
        { cosmos: { kind: 'azure', endpoint: cosmos.endpoint, key: cosmos.key }, databaseId: 'probe', containerId: 'benefits', stateContainerId: 'state' },
        silent,
      );
      try {
        assert.equal(await store.expiresDocuments(), false);
        assert.deepEqual(await idsIn(store.domain, 'expiry-probe'), []);
      } finally {
        await store.close();
      }
    });

    it('deletes expired audit events and finished notifications, as the bot does with its embedded store', async () => {
      test = await startTestApp({ COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key, SEED_FILE: '', RETENTION_PURGE_INTERVAL_MS: '1000' });
      const { domain } = test.app.store;
      const put = (id: string, fields: Record<string, unknown>) => domain.items.create({ id, tenantId: 'contoso', ...fields });
      await put('tenant', { type: 'tenant' });
      await put('audit:old', { type: 'audit', ttl: 1 });
      await put('audit:recent', { type: 'audit', ttl: 86_400 });
      await put('outbox:sent', { type: 'outbox', status: 'sent', ttl: 1 });
      await put('outbox:due', { type: 'outbox', status: 'pending', ttl: 1 });

      const deadline = Date.now() + 20_000;
      while ((await idsIn(domain, 'contoso')).includes('audit:old')) {
        if (Date.now() > deadline) throw new Error('the expired documents were not deleted');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(await idsIn(domain, 'contoso'), ['audit:recent', 'outbox:due', 'tenant']);
    });
  });

  describe('that removes expired documents itself, as Azure Cosmos DB does', () => {
    let store: StoreConnection;
    before(async () => {
      store = await openStore({ cosmos: { kind: 'embedded' }, databaseId: 'db', containerId: 'expiring', stateContainerId: 'expiring-state' }, silent);
    });
    after(async () => {
      await store.close();
    });

    it('runs no purge', async () => {
      await store.domain.items.create({ id: 'tenant', tenantId: 'contoso', type: 'tenant' });
      await store.domain.items.create({ id: 'audit:old', tenantId: 'contoso', type: 'audit', ttl: 60 });
      const running = startRetentionPurgeWhereNeeded({
        storeExpiresDocuments: () => Promise.resolve(true),
        purge: new RetentionPurge(store.domain),
        listTenantIds: async () => ['contoso'],
        intervalMs: 60_000,
        logger: silent,
        now: () => new Date(Date.now() + 120_000),
      });
      assert.equal(await running.decided, false);
      await running.stop();
      assert.deepEqual(await idsIn(store.domain, 'contoso'), ['audit:old', 'tenant']);
    });
  });
});
