import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Container, ItemDefinition } from '@azure/cosmos';
import { createCosmosClient } from '../../bot/store/cosmosClient';
import { pressCard } from '../support/cardPress';
import { ConnectorCapture } from '../support/connectorCapture';
import { DEMO_FILE, DEMO_TENANT_ID, DEMO_USERS } from '../support/demo';
import { spawnBot, waitUntilReady, type BotProcess } from '../support/botProcess';
import { killStoreProcess, loadStoreProcess, startStoreProcess, type LoadedStoreProcess, type StoreProcess } from '../support/storeProcess';
import { freshDataDir } from '../support/testApp';

const ROOT = join(__dirname, '..', '..');

function domainOf(store: StoreProcess): { container: Container; dispose(): void } {
  const client = createCosmosClient({ endpoint: store.endpoint, key: store.key });
  return { container: client.database('mpn-benefits').container('benefits'), dispose: () => client.dispose() };
}

/** `npm run import` on the data file, killed the moment it reports the import done. */
async function importThenKill(dataFile: string): Promise<void> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'scripts', 'import.ts'), DEMO_FILE], {
    cwd: ROOT,
    env: { ...process.env, DATA_FILE: dataFile, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Imported')) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`the import ended without reporting: ${output}`)));
  });
}

describe('answered changes survive SIGKILL (the embedded store journals before it answers)', function () {
  this.timeout(180_000);

  it('keeps an import, a Visual Studio assignment and a marketing contact answered just before each kill', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const capture = await new ConnectorCapture().start();
    const killAfter = async (act: (bot: Pick<BotProcess, 'port'> & { post: (body: unknown) => Promise<{ status: number; text: string }> }) => Promise<void>) => {
      const bot = await spawnBot({ DATA_FILE: dataFile, NOTIFICATIONS_ENABLED: 'false' });
      try {
        await waitUntilReady(bot);
        await act({
          port: bot.port,
          async post(body) {
            const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            });
            return { status: response.status, text: await response.text() };
          },
        });
      } finally {
        bot.child.kill('SIGKILL');
        await bot.exited;
      }
    };
    try {
      await importThenKill(dataFile);
      await killAfter((bot) =>
        pressCard({ post: bot.post, capture }, 'alex', {
          action: 'benefit.assign',
          benefitId: 'vs-professional',
          assignee: DEMO_USERS.adele.aadObjectId,
        }).then(() => undefined),
      );
      await killAfter((bot) =>
        pressCard({ post: bot.post, capture }, 'megan', {
          action: 'marketingContact.save',
          contact: {
            aadObjectId: DEMO_USERS.megan.aadObjectId,
            email: 'marketing@contoso-partners.example',
            phone: '+49301234567',
            preferredLanguage: 'de',
          },
        }).then(() => undefined),
      );
    } finally {
      await capture.stop();
    }

    const store = await (await loadStoreProcess()).start(dataFile);
    const { container, dispose } = domainOf(store);
    try {
      const read = async <T extends ItemDefinition>(id: string) => (await container.item(id, DEMO_TENANT_ID).read<T>()).resource;
      assert.ok(await read('tenant'), 'the import');
      const benefit = await read<{ assignments: { assignee: string }[] }>('benefit:vs-professional');
      assert.ok(benefit?.assignments.some((assignment) => assignment.assignee === DEMO_USERS.adele.aadObjectId), 'the assignment');
      const { resources: audit } = await container.items
        .query<{ action: string; outcome: string }>({
          query: 'SELECT * FROM c WHERE c.tenantId = @t AND c.type = "audit"',
          parameters: [{ name: '@t', value: DEMO_TENANT_ID }],
        })
        .fetchAll();
      assert.ok(audit.some((event) => event.action === 'benefit.assign' && event.outcome === 'applied'), 'its audit entry');
      assert.equal((await read<{ email: string }>('marketingContact'))?.email, 'marketing@contoso-partners.example');
    } finally {
      dispose();
      store.child.kill('SIGKILL');
      await store.exited;
    }
  });

  it('replays every kind of write: create, upsert, replace, patch, delete, bulk create, upsert and delete, a new container', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const first = await startStoreProcess(dataFile);
    const firstClient = createCosmosClient({ endpoint: first.endpoint, key: first.key });
    try {
      const { database } = await firstClient.databases.createIfNotExists({ id: 'db' });
      const { container } = await database.containers.createIfNotExists({ id: 'kinds', partitionKey: { paths: ['/tenantId'] } });
      const doc = (id: string, extra: Record<string, unknown> = {}) => ({ id, tenantId: 't', ...extra });
      await container.items.create(doc('created'));
      await container.items.upsert(doc('upserted', { v: 1 }));
      await container.items.create(doc('replaced', { v: 1 }));
      await container.item('replaced', 't').replace(doc('replaced', { v: 2 }));
      await container.items.create(doc('patched', { v: 1 }));
      await container.item('patched', 't').patch([{ op: 'set', path: '/v', value: 2 }]);
      await container.items.create(doc('deleted'));
      await container.item('deleted', 't').delete();
      await container.items.bulk([
        { operationType: 'Create', resourceBody: doc('bulk-created') },
        { operationType: 'Upsert', resourceBody: doc('bulk-upserted', { v: 3 }) },
        { operationType: 'Create', resourceBody: doc('bulk-deleted') },
      ]);
      await container.items.bulk([{ operationType: 'Delete', id: 'bulk-deleted', partitionKey: 't' }]);
    } finally {
      firstClient.dispose();
      await killStoreProcess(first);
    }

    const second = await startStoreProcess(dataFile);
    const secondClient = createCosmosClient({ endpoint: second.endpoint, key: second.key });
    try {
      const { resources } = await secondClient.database('db').container('kinds').items.query<{ id: string; v?: number }>('SELECT c.id, c.v FROM c').fetchAll();
      const stored = Object.fromEntries(resources.map((item) => [item.id, item.v ?? null]));
      assert.deepEqual(stored, { created: null, upserted: 1, replaced: 2, patched: 2, 'bulk-created': null, 'bulk-upserted': 3 });
    } finally {
      secondClient.dispose();
      await killStoreProcess(second);
    }
  });

  it('loses no answered change over 20 kills at random moments under load', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const kept = new Set<string>();
    const deleted = new Set<string>();
    const lost = new Set<string>();
    let answered = 0;
    let next = 0;
    // Created if missing, as a store that lost it would have to.
    const loadContainer = async (client: ReturnType<typeof createCosmosClient>): Promise<Container> => {
      const { database } = await client.databases.createIfNotExists({ id: 'db' });
      return (await database.containers.createIfNotExists({ id: 'load', partitionKey: { paths: ['/tenantId'] } })).container;
    };
    const countLost = async (container: Container): Promise<void> => {
      const { resources: present } = await container.items.query<{ id: string }>('SELECT c.id FROM c').fetchAll();
      const ids = new Set(present.map((item) => item.id));
      for (const id of kept) if (!ids.has(id)) lost.add(id);
      for (const id of deleted) if (ids.has(id)) lost.add(id);
    };
    // Processes load their modules ahead, while the current one is under load, so a restart costs only the start.
    const spares: Promise<LoadedStoreProcess>[] = [loadStoreProcess(), loadStoreProcess()];
    try {
      for (let round = 0; round < 20; round += 1) {
        // A small threshold, so compactions happen under load and around kills too.
        const store = await (await spares.shift()!).start(dataFile, { compactAfterBytes: 16 * 1024 });
        spares.push(loadStoreProcess());
        const client = createCosmosClient({ endpoint: store.endpoint, key: store.key });
        try {
          const container = await loadContainer(client);
          await countLost(container);

          let killed = false;
          const writer = async (): Promise<void> => {
            while (!killed) {
              const n = (next += 1);
              try {
                if (n % 7 === 0 && kept.size > 0) {
                  const victim = [...kept][n % kept.size];
                  // Until its answer comes, whether it is still there is open.
                  kept.delete(victim);
                  await container.item(victim, 'load').delete();
                  deleted.add(victim);
                } else if (n % 5 === 0) {
                  const bodies = [0, 1, 2].map((part) => ({ id: `w${n}-${part}`, tenantId: 'load', n }));
                  const responses = await container.items.bulk(bodies.map((resourceBody) => ({ operationType: 'Upsert' as const, resourceBody })));
                  responses.forEach((response, index) => response.statusCode < 300 && kept.add(bodies[index].id));
                } else if (n % 3 === 0 && kept.size > 0) {
                  const target = [...kept][n % kept.size];
                  await container.item(target, 'load').patch([{ op: 'set', path: '/patched', value: n }]);
                } else {
                  await container.items.create({ id: `w${n}`, tenantId: 'load', n });
                  kept.add(`w${n}`);
                }
                answered += 1;
              } catch (error) {
                // An answer from the store (a patch racing a delete) is not the kill; no answer is.
                if (typeof (error as { code?: unknown }).code === 'number' && !killed) continue;
                // Unanswered when the kill came: it may or may not have happened.
                return;
              }
            }
          };
          const writers = Array.from({ length: 6 }, writer);
          await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
          killed = true;
          store.child.kill('SIGKILL');
          await Promise.all(writers);
          await store.exited;
        } finally {
          client.dispose();
        }
      }
      const last = await (await spares.shift()!).start(dataFile);
      const client = createCosmosClient({ endpoint: last.endpoint, key: last.key });
      try {
        await countLost(await loadContainer(client));
      } finally {
        client.dispose();
        last.child.kill('SIGKILL');
        await last.exited;
      }
    } finally {
      // A failed round leaves loaded processes waiting.
      await Promise.all(spares.map(async (spare) => (await spare).kill()));
    }
    assert.ok(answered > 100, `only ${answered} changes were answered`);
    assert.equal(lost.size, 0, `${lost.size} documents not as ${answered} answered writes left them`);
  });
});
