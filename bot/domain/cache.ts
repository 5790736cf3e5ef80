/**
 * How a cache of the process keeps what it remembers: `name` says what it holds (for whoever reads the code or a heap
 * snapshot), `ttlMs` how long an entry may be used (`FOREVER` for what cannot go stale, such as a translated phrase),
 * `maxEntries` how many are kept at most, so that no key that varies without end (a person, a date, a company) can
 * grow the process.
 */
export interface CachePolicy {
  readonly name: string;
  readonly ttlMs: number;
  readonly maxEntries: number;
}

/** For entries that are a pure function of their key. */
export const FOREVER = Number.POSITIVE_INFINITY;

/**
 * The one cache of the bot. When full, the entry stored longest ago goes first (storing a key again makes it the
 * newest): the kept entries are those read lately from the source, and a hit costs one lookup. An expired entry is
 * dropped when it is looked up.
 */
export class Cache<Value> {
  private readonly entries = new Map<string, { value: Value; until: number }>();

  constructor(
    readonly policy: CachePolicy,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The value stored under `key`, unless it has expired; undefined when there is none. */
  get(key: string): Value | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until !== FOREVER && entry.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: Value): void {
    // Deleting first moves a stored-again key to the end of the map's order, which is the order of eviction.
    this.entries.delete(key);
    const until = this.policy.ttlMs === FOREVER ? FOREVER : this.now() + this.policy.ttlMs;
    this.entries.set(key, { value, until });
    if (this.entries.size > this.policy.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** How many entries are held, the expired ones not yet looked up included. */
  get size(): number {
    return this.entries.size;
  }
}
