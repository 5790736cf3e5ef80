import { strict as assert } from 'node:assert';
import { createLogger } from '../../bot/logger';
import { CosmosBotStorage } from '../../bot/store/cosmosBotStorage';
import { AlreadyExistsError, ConcurrencyError } from '../../bot/store/errors';
import { openStore, type StoreConnection } from '../../bot/store/storeConnection';
import { TenantDocuments } from '../../bot/store/tenantDocuments';

const silent = createLogger('silent');

interface Note {
  id: string;
  tenantId: string;
  type: 'note';
  text: string;
}

describe('the Cosmos store (embedded server, real protocol)', () => {
  let store: StoreConnection;
  let documents: TenantDocuments;
  before(async () => {
    store = await openStore(
      { cosmos: { kind: 'embedded' }, databaseId: 'db', containerId: 'domain', stateContainerId: 'state' },
      silent,
    );
    documents = new TenantDocuments(store.domain);
  });
  after(async () => {
    await store.close();
  });

  describe('tenant documents', () => {
    it('detects a stale write instead of losing the newer one', async () => {
      const created = await documents.create<Note>({ id: 'n1', tenantId: 't1', type: 'note', text: 'first' });
      const updated = await documents.replace<Note>({ ...created, text: 'second' }, created._etag);
      await assert.rejects(documents.replace<Note>({ ...created, text: 'stale' }, created._etag), ConcurrencyError);
      const current = await documents.read<Note>('t1', 'n1');
      assert.equal(current?.text, 'second');
      assert.equal(current?._etag, updated._etag);
    });

    it('refuses to create a document whose id is taken', async () => {
      await documents.create<Note>({ id: 'n2', tenantId: 't1', type: 'note', text: 'a' });
      await assert.rejects(documents.create<Note>({ id: 'n2', tenantId: 't1', type: 'note', text: 'b' }), AlreadyExistsError);
    });

    it('scopes every query to one tenant', async () => {
      await documents.create<Note>({ id: 'shared-id', tenantId: 'tenant-a', type: 'note', text: 'a' });
      await documents.create<Note>({ id: 'shared-id', tenantId: 'tenant-b', type: 'note', text: 'b' });
      const ofA = await documents.listByType<Note>('tenant-a', 'note');
      assert.deepEqual(ofA.map((note) => note.text), ['a']);
      const viaWhere = await documents.query<Note>('tenant-b', { where: 'c.id = @id', parameters: [{ name: '@id', value: 'shared-id' }] });
      assert.deepEqual(viaWhere.map((note) => note.tenantId), ['tenant-b']);
    });

    it('a condition cannot widen the query to another tenant', async () => {
      const widened = await documents.query<Note>('tenant-a', { where: "1 = 1 OR c.tenantId = 'tenant-b'" });
      assert.ok(widened.every((note) => note.tenantId === 'tenant-a'));
    });

    it('reads many documents in bulk, in the order asked, of the one tenant only', async () => {
      const ids = Array.from({ length: 250 }, (_unused, index) => `many-${index}`);
      const stored = ids.filter((_id, index) => index % 2 === 0);
      await Promise.all(stored.map((id) => documents.create<Note>({ id, tenantId: 't1', type: 'note', text: id })));
      await documents.create<Note>({ id: 'many-1', tenantId: 't2', type: 'note', text: 'of another tenant' });
      const read = await documents.readMany<Note>('t1', ids);
      assert.equal(read.length, 250);
      read.forEach((note, index) => assert.equal(note?.text, index % 2 === 0 ? ids[index] : undefined, ids[index]));
      assert.equal(typeof read[0]?._etag, 'string');
    });

    it('deletes only the version that was read', async () => {
      const created = await documents.create<Note>({ id: 'n3', tenantId: 't1', type: 'note', text: 'a' });
      await documents.replace<Note>({ ...created, text: 'b' }, created._etag);
      await assert.rejects(documents.delete('t1', 'n3', created._etag), ConcurrencyError);
      assert.ok(await documents.read('t1', 'n3'));
    });
  });

  describe('bot state storage', () => {
    it('reads back what it wrote under keys Cosmos ids cannot hold', async () => {
      const storage = new CosmosBotStorage(store.state);
      const key = 'msteams/conversations/a:1#x?y\\z/';
      await storage.write({ [key]: { dialogState: { step: 2 }, eTag: '*' } });
      const items = await storage.read([key, 'missing']);
      assert.deepEqual(items[key]?.dialogState, { step: 2 });
      assert.equal(typeof items[key]?.eTag, 'string');
      assert.equal(items.missing, undefined);
      await storage.delete([key]);
      assert.deepEqual(await storage.read([key]), {});
    });

    it('refuses a write conditioned on a stale eTag', async () => {
      const storage = new CosmosBotStorage(store.state);
      await storage.write({ k: { value: 1 } });
      const first = (await storage.read(['k'])).k;
      await storage.write({ k: { value: 2, eTag: first.eTag } });
      await assert.rejects(storage.write({ k: { value: 3, eTag: first.eTag } }), ConcurrencyError);
      assert.equal((await storage.read(['k'])).k?.value, 2);
    });
  });
});
