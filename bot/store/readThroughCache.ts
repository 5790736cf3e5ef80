import { Cache, type CachePolicy } from '../domain/cache';

/**
 * Remembers what a read returned for a while, per key. For data that changes only on import or on rare admin actions,
 * read on almost every turn: the company profile, the caller's roster entry and who holds which role. Whatever
 * decides or writes reads fresh. Nothing found is not remembered, so a first import is seen at once.
 */
export class ReadThroughCache<Key, Value> {
  private readonly entries: Cache<Value>;
  /** Counts `forget` calls: a read that began before one may carry what was forgotten, so it is not kept. */
  private forgotten = 0;

  constructor(
    private readonly read: (key: Key) => Promise<Value | undefined>,
    private readonly keyOf: (key: Key) => string,
    policy: CachePolicy,
    now?: () => number,
  ) {
    this.entries = new Cache(policy, now);
  }

  async get(key: Key): Promise<Value | undefined> {
    const id = this.keyOf(key);
    const cached = this.entries.get(id);
    if (cached !== undefined) return cached;
    const forgottenBefore = this.forgotten;
    const value = await this.read(key);
    if (forgottenBefore !== this.forgotten) return value;
    if (value === undefined) this.entries.delete(id);
    else this.entries.set(id, value);
    return value;
  }

  /** For a change this process made: the next read of `key` goes to the store. */
  forget(key: Key): void {
    this.entries.delete(this.keyOf(key));
    this.forgotten += 1;
  }
}
