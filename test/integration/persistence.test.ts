import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sinon from 'sinon';
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

  it('answers 500 to a write it could not journal, takes writes again once the data file is whole, and keeps what it answered', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const store = await openStore(settings(dataFile), silent);
    const documents = new TenantDocuments(store.domain);
    const probe = await open(dataFile, 'r');
    const datasync = sinon.stub(Object.getPrototypeOf(probe) as { datasync(): Promise<void> }, 'datasync').callThrough();
    await probe.close();
    try {
      await documents.create({ id: 'before', tenantId: 't1', type: 'note' });
      datasync.onCall(datasync.callCount).rejects(Object.assign(new Error('disk gone'), { code: 'EIO' }));
      await assert.rejects(store.domain.items.create({ id: 'unsure', tenantId: 't1', type: 'note' }), (error: { code?: number }) => error.code === 500);
      let attempts = 0;
      for (;;) {
        try {
          await store.domain.items.create({ id: 'after', tenantId: 't1', type: 'note' });
          break;
        } catch (error) {
          assert.equal((error as { code?: number }).code, 503, 'refused while the data file is rewritten');
          assert.ok((attempts += 1) < 50);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    } finally {
      datasync.restore();
      await store.close();
    }
    const reopened = await openStore(settings(dataFile), silent);
    try {
      const again = new TenantDocuments(reopened.domain);
      assert.ok(await again.read('t1', 'before'));
      assert.ok(await again.read('t1', 'after'));
    } finally {
      await reopened.close();
    }
  });

  it('replays the journal over the snapshot at start and ignores a line a crash cut short', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const answered = [
      { op: 'database', database: 'db' },
      { op: 'container', database: 'db', container: 'domain', partitionKeyPaths: ['/tenantId'] },
      { op: 'put', database: 'db', container: 'domain', document: { id: 'kept', tenantId: 't1', type: 'note', _etag: 'e1' } },
    ];
    writeFileSync(`${dataFile}.journal.0`, `${JSON.stringify(answered)}\n[{"op":"put","database":"db","container":"domain","docum`);
    const store = await openStore(settings(dataFile), silent);
    try {
      assert.ok(await new TenantDocuments(store.domain).read('t1', 'kept'));
      assert.ok(!readdirSync(dirname(dataFile)).includes('cosmos.json.journal.0'), 'compacted into the data file');
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
