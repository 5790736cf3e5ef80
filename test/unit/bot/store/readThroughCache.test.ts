import { strict as assert } from 'node:assert';
import type { CachePolicy } from '../../../../bot/domain/cache';
import { ReadThroughCache } from '../../../../bot/store/readThroughCache';

describe('bot/store/ReadThroughCache', () => {
  const policy = (maxEntries = 10): CachePolicy => ({ name: 'test', ttlMs: 30_000, maxEntries });

  it('reads a key once per period, then again', async () => {
    let now = 0;
    const reads: string[] = [];
    const stored = { current: 'Contoso' };
    const cache = new ReadThroughCache<string, string>(async (key) => (reads.push(key), stored.current), (key) => key, policy(), () => now);
    assert.equal(await cache.get('t1'), 'Contoso');
    stored.current = 'Contoso Renamed';
    now = 29_999;
    assert.equal(await cache.get('t1'), 'Contoso');
    now = 30_000;
    assert.equal(await cache.get('t1'), 'Contoso Renamed');
    assert.deepEqual(reads, ['t1', 't1']);
  });

  it('does not remember what it did not find, so a first import is seen at once', async () => {
    let stored: string | undefined = undefined;
    const cache = new ReadThroughCache<string, string>(async () => stored, (key) => key, policy(), () => 0);
    assert.equal(await cache.get('t1'), undefined);
    stored = 'Contoso';
    assert.equal(await cache.get('t1'), 'Contoso');
  });

  it('keeps keys apart by their identity', async () => {
    const cache = new ReadThroughCache<{ tenantId: string; role: string }, string>(
      async ({ tenantId, role }) => `${role} of ${tenantId}`,
      ({ tenantId, role }) => `${tenantId}|${role}`,
      policy(),
      () => 0,
    );
    assert.equal(await cache.get({ tenantId: 'a', role: 'globalAdmin' }), 'globalAdmin of a');
    assert.equal(await cache.get({ tenantId: 'b', role: 'globalAdmin' }), 'globalAdmin of b');
    assert.equal(await cache.get({ tenantId: 'a', role: 'userAdmin' }), 'userAdmin of a');
  });

  it('keeps at most its limit of keys, forgetting the one stored longest ago', async () => {
    const reads: string[] = [];
    const cache = new ReadThroughCache<string, string>(async (key) => (reads.push(key), key.toUpperCase()), (key) => key, policy(2), () => 0);
    await cache.get('a');
    await cache.get('b');
    await cache.get('c');
    await cache.get('b');
    await cache.get('c');
    assert.deepEqual(reads, ['a', 'b', 'c']);
    assert.equal(await cache.get('a'), 'A');
    assert.deepEqual(reads, ['a', 'b', 'c', 'a']);
  });

  it('reads again after a key is forgotten, and keeps nothing a read begun before brought back', async () => {
    const stored = { current: 'before' };
    let release = () => {};
    const slow = { on: false };
    const cache = new ReadThroughCache<string, string>(
      async () => {
        const value = stored.current;
        if (slow.on) await new Promise<void>((resolve) => (release = resolve));
        return value;
      },
      (key) => key,
      policy(),
      () => 0,
    );
    assert.equal(await cache.get('t1'), 'before');
    slow.on = true;
    stored.current = 'after';
    cache.forget('t1');
    const begun = cache.get('t1');
    stored.current = 'latest';
    cache.forget('t1');
    release();
    assert.equal(await begun, 'after');
    slow.on = false;
    assert.equal(await cache.get('t1'), 'latest', 'what the earlier read brought back was not kept');
  });
});
