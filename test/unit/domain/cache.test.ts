import { strict as assert } from 'node:assert';
import { Cache, FOREVER } from '../../../bot/domain/cache';

describe('bot/domain/Cache', () => {
  it('keeps an entry for its time to live, then forgets it', () => {
    let now = 1_000;
    const cache = new Cache<string>({ name: 'test', ttlMs: 30_000, maxEntries: 10 }, () => now);
    cache.set('t1', 'Contoso');
    now = 30_999;
    assert.equal(cache.get('t1'), 'Contoso');
    now = 31_000;
    assert.equal(cache.get('t1'), undefined);
    assert.equal(cache.size, 0, 'the expired entry was dropped when looked up');
  });

  it('counts the time to live from the last time a key was stored', () => {
    let now = 0;
    const cache = new Cache<string>({ name: 'test', ttlMs: 100, maxEntries: 10 }, () => now);
    cache.set('k', 'first');
    now = 90;
    cache.set('k', 'second');
    now = 150;
    assert.equal(cache.get('k'), 'second');
  });

  it('keeps at most its bound, evicting the entry stored longest ago', () => {
    const cache = new Cache<string>({ name: 'test', ttlMs: FOREVER, maxEntries: 2 });
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('a', 'A again');
    cache.set('c', 'C');
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b'), undefined, 'b was stored longest ago');
    assert.equal(cache.get('a'), 'A again');
    assert.equal(cache.get('c'), 'C');
  });

  it('never expires what is kept forever, and never asks the clock for it', () => {
    const cache = new Cache<number>({ name: 'test', ttlMs: FOREVER, maxEntries: 10 }, () => assert.fail('the clock was read'));
    cache.set('k', 1);
    assert.equal(cache.get('k'), 1);
  });

  it('forgets a deleted key', () => {
    const cache = new Cache<number>({ name: 'test', ttlMs: 1_000, maxEntries: 10 }, () => 0);
    cache.set('k', 1);
    cache.delete('k');
    assert.equal(cache.get('k'), undefined);
  });
});
