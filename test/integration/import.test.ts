import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLogger } from '../../bot/logger';
import { ImportFileError, importTenant, parseImportFile } from '../../bot/services/importTenant';
import { openStore, type StoreConnection } from '../../bot/store/storeConnection';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { DEMO_TENANT_ID, demoFileJson } from '../support/demo';
import { freshDataDir } from '../support/testApp';

const run = promisify(execFile);

async function allDocuments(store: StoreConnection): Promise<{ id: string; _etag: string; type: string }[]> {
  const { resources } = await store.domain.items.readAll<{ id: string; _etag: string; type: string }>().fetchAll();
  return resources;
}

describe('importing a company from its benefits export', () => {
  let store: StoreConnection;
  let documents: TenantDocuments;
  beforeEach(async () => {
    store = await openStore(
      { cosmos: { kind: 'embedded' }, databaseId: 'db', containerId: 'domain', stateContainerId: 'state' },
      createLogger('silent'),
    );
    documents = new TenantDocuments(store.domain);
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes the profile, roster and benefits with their assignments, each with the tenant id', async () => {
    const file = parseImportFile(demoFileJson());
    const summary = await importTenant(documents, file, 'test');
    assert.equal(summary.created, 1 + file.users.length + file.benefits.length + (file.marketingContact ? 1 : 0));
    const stored = await allDocuments(store);
    assert.ok(stored.every((document) => (document as unknown as { tenantId: string }).tenantId === DEMO_TENANT_ID));
    assert.equal(stored.filter((document) => document.type === 'user').length, file.users.length);
    const assigned = stored.flatMap((document) => (document as unknown as { assignments?: unknown[] }).assignments ?? []);
    assert.equal(assigned.length, file.assignments?.length ?? 0, 'assignments are kept on their benefits');
    assert.equal(stored.filter((document) => document.type === 'audit').length, 1, 'the import is audited');
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = parseImportFile(demoFileJson());
    await importTenant(documents, file, 'test');
    const before = await allDocuments(store);
    const summary = await importTenant(documents, file, 'test');
    assert.deepEqual({ created: summary.created, updated: summary.updated }, { created: 0, updated: 0 });
    const after = await allDocuments(store);
    assert.deepEqual(
      after.map((document) => [document.id, document._etag]).sort(),
      before.map((document) => [document.id, document._etag]).sort(),
    );
  });

  it('updates only what changed in the file', async () => {
    await importTenant(documents, parseImportFile(demoFileJson()), 'test');
    const changed = demoFileJson() as { tenant: { companyName: string } };
    changed.tenant.companyName = 'Contoso Renamed';
    const summary = await importTenant(documents, parseImportFile(changed), 'test');
    assert.equal(summary.updated, 1);
    const tenant = await documents.read<{ id: string; tenantId: string; type: string; companyName: string }>(DEMO_TENANT_ID, 'tenant');
    assert.equal(tenant?.companyName, 'Contoso Renamed');
  });

  it('rejects a bad file whole, naming every problem by its path, and writes nothing', async () => {
    const bad = demoFileJson() as { users: { email: string }[]; benefits: { quantity: number }[] };
    bad.users[1].email = 'not-an-email';
    bad.benefits[0].quantity = -1;
    assert.throws(
      () => parseImportFile(bad),
      (error: unknown) => {
        assert.ok(error instanceof ImportFileError);
        const paths = error.issues.map((issue) => issue.path);
        assert.ok(paths.includes('users.1.email'), paths.join(', '));
        assert.ok(paths.includes('benefits.0.quantity'), paths.join(', '));
        return true;
      },
    );
    assert.equal((await allDocuments(store)).length, 0);
  });

  it('runs as `npm run import -- <file>` and exits non-zero with the paths of a bad file', async function () {
    this.timeout(60_000);
    const dir = freshDataDir();
    const env = { ...process.env, DATA_FILE: join(dir, 'cosmos.json'), LOG_LEVEL: 'error' };
    const good = await run('npx', ['tsx', 'scripts/import.ts', 'examples/demo-tenant.json'], { env });
    assert.match(good.stdout, /created/);
    const again = await run('npx', ['tsx', 'scripts/import.ts', 'examples/demo-tenant.json'], { env });
    assert.match(again.stdout, /0 created, 0 updated/);

    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ version: 1, tenant: {}, users: [], benefits: [] }));
    await assert.rejects(run('npx', ['tsx', 'scripts/import.ts', badFile], { env }), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /tenant\.tenantId/);
      assert.match(error.stderr, /Nothing was imported/);
      return true;
    });
  });
});
