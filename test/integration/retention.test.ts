import { strict as assert } from 'node:assert';
import { MAX_RETENTION_DAYS, MAX_TTL_SECONDS } from '../../bot/domain/retention';
import { createLogger } from '../../bot/logger';
import type { NotificationEvent } from '../../bot/notify/dueEvents';
import { Outbox } from '../../bot/notify/outbox';
import { OutboxDocuments } from '../../bot/store/outboxDocuments';
import { RetentionPurge, startRetentionPurge } from '../../bot/store/retentionPurge';
import { createCosmosClient } from '../../bot/store/cosmosClient';
import { letDocumentsExpire, replacingKeepsDocuments } from '../../bot/store/documentExpiry';
import { startEmbeddedCosmos } from '../../bot/store/embeddedCosmos';
import { openStore, type StoreConnection } from '../../bot/store/storeConnection';
import { TenantDocuments } from '../../bot/store/tenantDocuments';

const DAY = 86_400;

const silent = createLogger('silent');

describe('retention of audit events and finished notifications (embedded store)', () => {
  let store: StoreConnection;
  let documents: TenantDocuments;
  let run = 0;
  /** A company of its own for each test: the store is shared. */
  let tenantId: string;
  beforeEach(() => {
    tenantId = `retention-${++run}`;
  });
  before(async () => {
    store = await openStore(
      { cosmos: { kind: 'embedded' }, databaseId: 'db', containerId: 'retention', stateContainerId: 'retention-state' },
      silent,
    );
    documents = new TenantDocuments(store.domain);
  });
  after(async () => {
    await store.close();
  });

  const put = (id: string, fields: Record<string, unknown>, tenant = tenantId) =>
    store.domain.items.create({ id, tenantId: tenant, ...fields });
  const remaining = async (tenant = tenantId) => {
    const { resources } = await store.domain.items
      .query<string>({ query: 'SELECT VALUE c.id FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: tenant }] })
      .fetchAll();
    return resources.sort();
  };
  /** Seconds from now: every document below was written in the last few seconds. */
  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);

  it('gives the container a default TTL of -1, so Azure Cosmos DB removes only documents with a ttl', async () => {
    assert.equal((await store.domain.read()).resource?.defaultTtl, -1);
  });

  it('gives a container created before documents expired a default TTL of -1, and leaves one it has alone', async () => {
    const partitionKey = { paths: ['/tenantId'] };
    const { container } = await store.database.containers.createIfNotExists({ id: `older-${run}`, partitionKey });
    assert.equal((await container.read()).resource?.defaultTtl, undefined);
    await letDocumentsExpire(store.database, container, silent);
    assert.equal((await container.read()).resource?.defaultTtl, -1);
    const { container: chosen } = await store.database.containers.createIfNotExists({ id: `chosen-${run}`, partitionKey, defaultTtl: 3600 });
    await letDocumentsExpire(store.database, chosen, silent);
    assert.equal((await chosen.read()).resource?.defaultTtl, 3600);
  });

  it('gives a container holding documents a default TTL of -1 where a replace keeps them, as in Azure Cosmos DB', async () => {
    const { container } = await store.database.containers.createIfNotExists({ id: `filled-${run}`, partitionKey: { paths: ['/tenantId'] } });
    await container.items.create({ id: 'benefit:b1', tenantId, type: 'benefit' });
    const azureKeepsDocuments = () => Promise.resolve(true);
    await letDocumentsExpire(store.database, container, silent, azureKeepsDocuments);
    assert.equal((await container.read()).resource?.defaultTtl, -1);
  });

  it('starts with a container left as it is when the trial of a replace fails', async () => {
    const { container } = await store.database.containers.createIfNotExists({ id: `untried-${run}`, partitionKey: { paths: ['/tenantId'] } });
    await container.items.create({ id: 'benefit:b1', tenantId, type: 'benefit' });
    const refusedTrial = () => Promise.reject(new Error('the account may create no more containers'));
    await letDocumentsExpire(store.database, container, silent, refusedTrial);
    assert.equal((await container.read()).resource?.defaultTtl, undefined);
    assert.ok((await container.item('benefit:b1', tenantId).read()).resource, 'the document is still there');
  });

  it('finds that the Cosmos-compatible server empties a container it replaces, and removes the container it tried it on', async () => {
    const before = await containerIds();
    assert.equal(await replacingKeepsDocuments(store.database), false);
    assert.deepEqual(await containerIds(), before);
  });

  const containerIds = async () => (await store.database.containers.readAll().fetchAll()).resources.map(({ id }) => id).sort();

  it('deletes expired audit events and finished notifications in batches, and nothing else', async () => {
    for (let index = 0; index < 5; index++) await put(`audit:old-${index}`, { type: 'audit', ttl: 60 });
    await put('audit:recent', { type: 'audit', ttl: DAY });
    await put('audit:imported-long-ago', { type: 'audit' });
    await put('outbox:sent', { type: 'outbox', status: 'sent', ttl: 60 });
    await put('outbox:failed', { type: 'outbox', status: 'failed', ttl: 60 });
    await put('outbox:due', { type: 'outbox', status: 'pending', ttl: 60 });
    await put('outbox:waiting', { type: 'outbox', status: 'pending' });
    await put('benefit:b1', { type: 'benefit', ttl: 60 });
    await put('audit:other-company', { type: 'audit', ttl: 60 }, `${tenantId}-other`);

    const deleted = await new RetentionPurge(store.domain, 2).purgeTenant(tenantId, inSeconds(120));

    assert.equal(deleted, 7);
    assert.deepEqual(await remaining(), ['audit:imported-long-ago', 'audit:recent', 'benefit:b1', 'outbox:due', 'outbox:waiting']);
    assert.deepEqual(await remaining(`${tenantId}-other`), ['audit:other-company'], 'another company is purged on its own turn');
  });

  it('deletes nothing before the ttl has run out', async () => {
    await put('audit:a', { type: 'audit', ttl: 60 });
    await put('outbox:sent', { type: 'outbox', status: 'sent', ttl: 60 });
    assert.equal(await new RetentionPurge(store.domain).purgeTenant(tenantId, inSeconds(30)), 0);
    assert.deepEqual(await remaining(), ['audit:a', 'outbox:sent']);
  });

  it('purges every company as soon as it starts', async () => {
    await put('audit:a', { type: 'audit', ttl: 60 });
    const running = startRetentionPurge({
      purge: new RetentionPurge(store.domain),
      listTenantIds: async () => [tenantId],
      intervalMs: 60_000,
      logger: silent,
      now: () => inSeconds(120),
    });
    await running.stop();
    assert.deepEqual(await remaining(), []);
  });

  describe('a notification', () => {
    const event = (dueUntil?: string): NotificationEvent => ({
      id: `offer:${dueUntil ?? 'undated'}`,
      kind: 'offerActive',
      facts: {},
      audience: { admins: true, marketingContact: false, people: [] },
      ...(dueUntil ? { dueUntil } : {}),
    });
    const lease = { instanceId: 'test', leaseMs: 60_000 };
    const enqueueAndClaim = async (outbox: Outbox, recipient: string, dueUntil = '2020-01-01') => {
      await outbox.enqueue(tenantId, event(dueUntil), [{ recipient, locale: 'en' }], Date.now());
      const [due] = await outbox.findDue(tenantId, Date.now(), 10);
      const [claimed] = await outbox.claim([due], { ...lease, now: Date.now() });
      return claimed;
    };

    it('keeps no ttl while due, and the retention once delivered or given up', async () => {
      const outbox = new Outbox(documents, new OutboxDocuments(store.domain), 7);
      const delivered = await enqueueAndClaim(outbox, 'u1');
      assert.equal(delivered.ttl, undefined, 'a notification still due never expires');
      const [sent] = await outbox.markSent([{ notification: delivered, at: Date.now() }]);
      assert.equal(sent?.ttl, 7 * DAY);

      const given = await enqueueAndClaim(outbox, 'u2');
      assert.equal((await outbox.fail(given, 'gone', true, Date.now()))?.ttl, 7 * DAY);
    });

    it('is kept until its event can no longer be due, and for the retention after that', async () => {
      const outbox = new Outbox(documents, new OutboxDocuments(store.domain), 7);
      const at = Date.parse('2026-12-15T12:00:00Z');
      const claimed = await enqueueAndClaim(outbox, 'u4', '2027-02-12');
      const [sent] = await outbox.markSent([{ notification: claimed, at }]);
      // The rest of 2026-12-15 and 59 days to the end of 2027-02-12, then the retention.
      assert.equal(sent?.ttl, 12 * 3600 + 59 * DAY + 7 * DAY);
    });

    it('never gets a ttl longer than Azure Cosmos DB can hold', async () => {
      const outbox = new Outbox(documents, new OutboxDocuments(store.domain), MAX_RETENTION_DAYS);
      const claimed = await enqueueAndClaim(outbox, 'u6', '2090-01-01');
      const [sent] = await outbox.markSent([{ notification: claimed, at: Date.now() }]);
      assert.equal(sent?.ttl, MAX_TTL_SECONDS);
    });

    it('is kept for good when its event can be due any day', async () => {
      const outbox = new Outbox(documents, new OutboxDocuments(store.domain), 7);
      await outbox.enqueue(tenantId, event(), [{ recipient: 'u5', locale: 'en' }], Date.now());
      const [due] = await outbox.findDue(tenantId, Date.now(), 10);
      const [claimed] = await outbox.claim([due], { ...lease, now: Date.now() });
      const [sent] = await outbox.markSent([{ notification: claimed, at: Date.now() }]);
      assert.equal(sent?.ttl, undefined);
    });

    it('loses the ttl when it is due again', async () => {
      const outbox = new Outbox(documents, new OutboxDocuments(store.domain));
      const claimed = await enqueueAndClaim(outbox, 'u3');
      const retried = await outbox.reschedule({ ...claimed, ttl: 60 }, Date.now(), { countAttempt: true, reason: 'busy' });
      assert.equal(retried?.ttl, undefined);
    });
  });
});

describe('opening a store through COSMOS_ENDPOINT that is the Cosmos-compatible server', () => {
  it('leaves a container without a default TTL that holds documents as it is, documents and all', async () => {
    const server = await startEmbeddedCosmos({ logger: silent });
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key });
    let store: StoreConnection | undefined;
    try {
      const { database } = await client.databases.createIfNotExists({ id: 'older' });
      const { container } = await database.containers.createIfNotExists({ id: 'benefits', partitionKey: { paths: ['/tenantId'] } });
      await container.items.create({ id: 'tenant', tenantId: 'contoso', type: 'tenant' });
      store = await openStore(
        { cosmos: { kind: 'azure', endpoint: server.endpoint, key: server.key }, databaseId: 'older', containerId: 'benefits', stateContainerId: 'state' },
        silent,
      );
      assert.equal((await store.domain.item('tenant', 'contoso').read()).statusCode, 200);
    } finally {
      await store?.close();
      client.dispose();
      await server.close();
    }
  });
});
