/**
 * Remembers what a read returned for a while, per key. For data that changes only on import or on rare admin actions,
 * read on almost every turn: the company profile and who holds which role. Whatever decides or writes reads fresh.
 * Nothing found is not remembered, so a first import is seen at once.
 */
export class ReadThroughCache<Key, Value> {
  private readonly entries = new Map<string, { value: Value; until: number }>();

  constructor(
    private readonly read: (key: Key) => Promise<Value | undefined>,
    private readonly keyOf: (key: Key) => string,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async get(key: Key): Promise<Value | undefined> {
    const id = this.keyOf(key);
    const cached = this.entries.get(id);
    if (cached && cached.until > this.now()) return cached.value;
    const value = await this.read(key);
    if (value === undefined) this.entries.delete(id);
    else this.entries.set(id, { value, until: this.now() + this.ttlMs });
    return value;
  }
}
