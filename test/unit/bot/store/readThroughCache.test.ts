import { strict as assert } from 'node:assert';
import { ReadThroughCache } from '../../../../bot/store/readThroughCache';

describe('bot/store/ReadThroughCache', () => {
  it('reads a key once per period, then again', async () => {
    let now = 0;
    const reads: string[] = [];
    const stored = { current: 'Contoso' };
    const cache = new ReadThroughCache<string, string>(async (key) => (reads.push(key), stored.current), (key) => key, 30_000, () => now);
    assert.equal(await cache.get('t1'), 'Contoso');
    stored.current = 'Contoso Renamed';
    now = 29_999;
    assert.equal(await cache.get('t1'), 'Contoso');
    now = 30_000;
    assert.equal(await cache.get('t1'), 'Contoso Renamed');
    assert.deepEqual(reads, ['t1', 't1']);
  });

  it('does not remember what it did not find, so a first import is seen at once', async () => {
    let stored: string | undefined;
    const cache = new ReadThroughCache<string, string>(async () => stored, (key) => key, 30_000, () => 0);
    assert.equal(await cache.get('t1'), undefined);
    stored = 'Contoso';
    assert.equal(await cache.get('t1'), 'Contoso');
  });

  it('keeps keys apart by their identity', async () => {
    const cache = new ReadThroughCache<{ tenantId: string; role: string }, string>(
      async ({ tenantId, role }) => `${role} of ${tenantId}`,
      ({ tenantId, role }) => `${tenantId}|${role}`,
      30_000,
      () => 0,
    );
    assert.equal(await cache.get({ tenantId: 'a', role: 'globalAdmin' }), 'globalAdmin of a');
    assert.equal(await cache.get({ tenantId: 'b', role: 'globalAdmin' }), 'globalAdmin of b');
    assert.equal(await cache.get({ tenantId: 'a', role: 'userAdmin' }), 'userAdmin of a');
  });
});
