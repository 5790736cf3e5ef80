import { strict as assert } from 'node:assert';
import type { TenantDoc } from '../../../../bot/domain/documents';
import { TenantProfileCache } from '../../../../bot/store/tenantProfileCache';

const profile = (companyName: string) => ({ id: 'tenant', tenantId: 't1', type: 'tenant', companyName }) as unknown as TenantDoc;

describe('bot/store/TenantProfileCache', () => {
  it('reads a company once per period, then again', async () => {
    let now = 0;
    const reads: string[] = [];
    const stored = { current: profile('Contoso') };
    const cache = new TenantProfileCache(async (tenantId) => (reads.push(tenantId), stored.current), 30_000, () => now);
    assert.equal((await cache.get('t1'))?.companyName, 'Contoso');
    stored.current = profile('Contoso Renamed');
    now = 29_999;
    assert.equal((await cache.get('t1'))?.companyName, 'Contoso');
    now = 30_000;
    assert.equal((await cache.get('t1'))?.companyName, 'Contoso Renamed');
    assert.deepEqual(reads, ['t1', 't1']);
  });

  it('does not remember a company it did not find, so a first import is seen at once', async () => {
    let stored: TenantDoc | undefined;
    const cache = new TenantProfileCache(async () => stored, 30_000, () => 0);
    assert.equal(await cache.get('t1'), undefined);
    stored = profile('Contoso');
    assert.equal((await cache.get('t1'))?.companyName, 'Contoso');
  });

  it('keeps companies apart', async () => {
    const cache = new TenantProfileCache(async (tenantId) => profile(`company of ${tenantId}`), 30_000, () => 0);
    assert.equal((await cache.get('a'))?.companyName, 'company of a');
    assert.equal((await cache.get('b'))?.companyName, 'company of b');
  });
});
