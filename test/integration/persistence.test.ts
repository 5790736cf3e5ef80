import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../bot/logger';
import { openStore, type StoreSettings } from '../../bot/store/storeConnection';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { teamsActivity } from '../support/activities';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demo';
import { killStoreProcess, startStoreProcess } from '../support/storeProcess';
import { freshDataDir, startTestApp } from '../support/testApp';

const silent = createLogger('silent');

function settings(dataFile: string): StoreSettings {
  return { cosmos: { kind: 'embedded', dataFile }, databaseId: 'db', containerId: 'domain', stateContainerId: 'state' };
}

describe('the embedded store persists to its data file', () => {
  it('keeps documents and their partitioning across a restart', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const first = await openStore(settings(dataFile), silent);
    await new TenantDocuments(first.domain).create({ id: 'doc', tenantId: 't1', type: 'note', text: 'kept' });
    await first.close();

    const second = await openStore(settings(dataFile), silent);
    try {
      const read = await new TenantDocuments(second.domain).read<{ id: string; tenantId: string; type: string; text: string }>('t1', 'doc');
      assert.equal(read?.text, 'kept');
      const { resource } = await second.domain.read();
      assert.deepEqual(resource?.partitionKey?.paths, ['/tenantId']);
    } finally {
      await second.close();
    }
  });

  it('answers a write only once it is in the journal on disk, and keeps its files from other users', async () => {
    const dataDir = join(freshDataDir(), 'store');
    const dataFile = join(dataDir, 'cosmos.json');
    const store = await openStore(settings(dataFile), silent);
    try {
      await new TenantDocuments(store.domain).create({ id: 'early', tenantId: 't1', type: 'note' });
      const journals = readdirSync(dataDir).filter((name) => name.startsWith('cosmos.json.journal.'));
      assert.ok(journals.some((name) => readFileSync(join(dataDir, name), 'utf8').includes('"early"')));
      assert.equal(statSync(dataDir).mode & 0o777, 0o700);
      for (const name of ['cosmos.json', 'cosmos.json.lock', ...journals]) {
        assert.equal(statSync(join(dataDir, name)).mode & 0o777, 0o600, name);
      }
    } finally {
      await store.close();
    }
  });

  it('refuses a data file that a running store process holds', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const holder = await startStoreProcess(dataFile);
    try {
      await assert.rejects(openStore(settings(dataFile), silent), new RegExp(`in use by process ${holder.child.pid}`));
    } finally {
      await killStoreProcess(holder, 'SIGTERM');
    }
  });

  it('takes over the lock of a killed store whose pid now belongs to another process (pid 1)', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const killed = await startStoreProcess(dataFile);
    await killStoreProcess(killed);
    const lockFile = `${dataFile}.lock`;
    // As if the pid had been given to another process since: pid 1 runs, and started at another time.
    writeFileSync(lockFile, readFileSync(lockFile, 'utf8').replace(String(killed.child.pid), '1'));
    const store = await openStore(settings(dataFile), silent);
    await store.close();
  });

  it('stops with a clear message on a corrupt data file', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    writeFileSync(dataFile, JSON.stringify({ version: 7 }));
    await assert.rejects(openStore(settings(dataFile), silent), /not a valid snapshot/);
  });

  it('keeps conversation references and seeded data when the bot restarts on the same data file', async () => {
    const dataDir = freshDataDir();
    const first = await startTestApp({}, dataDir);
    const conversationId = 'conv-restart';
    await first.post(
      teamsActivity('installationUpdate', { user: 'adele', serviceUrl: first.capture.url, conversationId }, { action: 'add' }),
    );
    await first.stop();

    const second = await startTestApp({ SEED_FILE: '' }, dataDir);
    try {
      const reference = await second.app.store.domain
        .item(`conversationRef:personal:${DEMO_USERS.adele.aadObjectId}`, DEMO_TENANT_ID)
        .read<{ reference: { conversation: { id: string } } }>();
      assert.equal(reference.resource?.reference.conversation.id, conversationId);
      const tenant = await second.app.store.domain.item('tenant', DEMO_TENANT_ID).read<{ companyName: string }>();
      assert.equal(tenant.resource?.companyName, 'Contoso Cloud Partners');
    } finally {
      await second.stop();
    }
  });

  it('finishes a turn in flight before it stops, then flushes', async () => {
    const dataDir = freshDataDir();
    const test = await startTestApp({}, dataDir);
    test.capture.responseDelayMs = 700;
    const conversationId = 'conv-in-flight';
    const posting = test.post(
      teamsActivity('installationUpdate', { user: 'megan', serviceUrl: test.capture.url, conversationId }, { action: 'add' }),
    ).then(() =>
      test.post(teamsActivity('message', { user: 'megan', serviceUrl: test.capture.url, conversationId }, { text: 'help' })),
    );
    await test.capture.waitFor(1, conversationId);
    await test.stop();
    assert.equal((await posting).status, 200);
    const saved = readFileSync(join(dataDir, 'cosmos.json'), 'utf8');
    assert.ok(saved.includes(`conversationRef:personal:${DEMO_USERS.megan.aadObjectId}`));
  });
});
