/**
 * Remembers what a read returned for a while, per key. For data that changes only on import or on rare admin actions,
 * read on almost every turn: the company profile, the caller's roster entry and who holds which role. Whatever
 * decides or writes reads fresh. Nothing found is not remembered, so a first import is seen at once.
 * At most `maxEntries` keys are kept, the least recently stored going first, so a large roster cannot grow it without end.
 */
export class ReadThroughCache<Key, Value> {
  private readonly entries = new Map<string, { value: Value; until: number }>();
  /** Counts `forget` calls: a read that began before one may carry what was forgotten, so it is not kept. */
  private forgotten = 0;

  constructor(
    private readonly read: (key: Key) => Promise<Value | undefined>,
    private readonly keyOf: (key: Key) => string,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = () => Date.now(),
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: Key): Promise<Value | undefined> {
    const id = this.keyOf(key);
    const cached = this.entries.get(id);
    if (cached && cached.until > this.now()) return cached.value;
    const forgottenBefore = this.forgotten;
    const value = await this.read(key);
    if (forgottenBefore !== this.forgotten) return value;
    // Deleting first moves a refreshed key to the end of the map's order, which is the order of eviction.
    this.entries.delete(id);
    if (value !== undefined) {
      this.entries.set(id, { value, until: this.now() + this.ttlMs });
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  /** For a change this process made: the next read of `key` goes to the store. */
  forget(key: Key): void {
    this.entries.delete(this.keyOf(key));
    this.forgotten += 1;
  }
}
