import { strict as assert } from 'node:assert';
import { createLogger } from '../../bot/logger';
import { updateConditioned } from '../../bot/store/conditionedUpdate';
import { storeUnavailableIn } from '../../bot/store/errors';
import { openStore, type StoreConnection } from '../../bot/store/storeConnection';
import { TenantDocuments, type Stored } from '../../bot/store/tenantDocuments';
import { NO_DEADLINE } from '../../bot/domain/turnDeadline';
import { withinTurnDeadline } from '../../bot/store/turnDeadline';

interface Counter {
  id: string;
  tenantId: string;
  type: 'counter';
  count: number;
}

describe('updateConditioned (embedded Cosmos server)', () => {
  let store: StoreConnection;
  let documents: TenantDocuments;
  before(async () => {
    store = await openStore(
      { cosmos: { kind: 'embedded' }, databaseId: 'db', containerId: 'domain', stateContainerId: 'state' },
      createLogger('silent'),
    );
    documents = new TenantDocuments(store.domain);
  });
  after(async () => {
    await store.close();
  });

  /** Adds one to the counter, creating it at 1; `meanwhile` runs once, between the first read and the first write. */
  function increment(id: string, meanwhile?: () => Promise<unknown>) {
    const seen: (number | undefined)[] = [];
    const result = updateConditioned<Counter, number>({
      read: async () => {
        const current = await documents.read<Counter>('t1', id);
        const interfere = meanwhile;
        meanwhile = undefined;
        await interfere?.();
        return current;
      },
      decide: (current) => {
        seen.push(current?.count);
        const count = (current?.count ?? 0) + 1;
        return { write: { id, tenantId: 't1', type: 'counter', count }, result: (written) => written.count };
      },
      replace: (next, etag) => documents.replace<Counter>(next, etag),
      create: (next) => documents.create<Counter>(next),
      deadline: NO_DEADLINE,
    });
    return { result, seen };
  }

  it('replaces with the ETag it read, and decides again on what another writer wrote', async () => {
    const created = await documents.create<Counter>({ id: 'c1', tenantId: 't1', type: 'counter', count: 1 });
    const { result, seen } = increment('c1', () => documents.replace<Counter>({ ...created, count: 10 }, created._etag));
    assert.equal(await result, 11);
    assert.deepEqual(seen, [1, 10]);
    assert.equal((await documents.read<Counter>('t1', 'c1'))?.count, 11);
  });

  it('creates a document that is not there, and on losing the create to another writer builds on theirs', async () => {
    const { result, seen } = increment('c2', () => documents.create<Counter>({ id: 'c2', tenantId: 't1', type: 'counter', count: 5 }));
    assert.equal(await result, 6);
    assert.deepEqual(seen, [undefined, 5]);
  });

  it('writes nothing when the decision is to stop', async () => {
    const created = await documents.create<Counter>({ id: 'c3', tenantId: 't1', type: 'counter', count: 3 });
    const answer = await updateConditioned<Counter, string>({
      read: () => documents.read<Counter>('t1', 'c3'),
      decide: () => ({ stop: 'unchanged' }),
      replace: () => assert.fail('nothing is to be written'),
      deadline: NO_DEADLINE,
    });
    assert.equal(answer, 'unchanged');
    assert.equal((await documents.read<Counter>('t1', 'c3'))?._etag, created._etag);
  });

  it('refuses to write where nothing was read when it may not create', async () => {
    await assert.rejects(
      updateConditioned<Counter, number>({
        read: (): Promise<Stored<Counter> | undefined> => Promise.resolve(undefined),
        decide: () => ({ write: { id: 'c4', tenantId: 't1', type: 'counter', count: 1 }, result: () => 1 }),
        replace: (next, etag) => documents.replace<Counter>(next, etag),
        deadline: NO_DEADLINE,
      }),
      /never created here/,
    );
    assert.equal(await documents.read<Counter>('t1', 'c4'), undefined);
  });

  it("writes nothing once the turn's deadline has passed while it read", async () => {
    const created = await documents.create<Counter>({ id: 'c5', tenantId: 't1', type: 'counter', count: 1 });
    const turn = withinTurnDeadline(50, (deadline) =>
      updateConditioned<Counter, number>({
        read: async () => {
          const current = await documents.read<Counter>('t1', 'c5');
          await new Promise((resolve) => setTimeout(resolve, 150));
          return current;
        },
        decide: (current) => ({ write: { id: 'c5', tenantId: 't1', type: 'counter', count: (current?.count ?? 0) + 1 }, result: () => 2 }),
        replace: (next, etag) => documents.replace<Counter>(next, etag),
        deadline,
      }),
    );
    assert.equal(storeUnavailableIn(await turn.catch((error: unknown) => error))?.reason, 'busy', 'the turn was answered at its deadline');
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal((await documents.read<Counter>('t1', 'c5'))?._etag, created._etag, 'the write after the deadline was not made');
  });
});
