import type { Clock } from './clock';
import type { Outbox, StoredNotification } from './outbox';
import type { OutboxWatch } from './outboxWatch';

export interface ClaimQueueSettings {
  tenantId: string;
  instanceId: string;
  leaseMs: number;
  /** Notifications per claim. */
  claimSize: number;
  /** Notifications read per query. */
  queryLimit: number;
}

/**
 * One pass over a company's outbox. Due notifications are found by a query, the costly request, and claimed a batch
 * at a time just before they are sent, so one query serves many claims and each claim's lease starts when its batch
 * is about to go. A further query runs ahead, while the last batches are sent, only when more may be due: the query
 * stopped at its limit, or notifications were recorded since. A candidate can be stale by the time it is claimed;
 * its claim is conditioned on the ETag that was read, so one another instance took in between is skipped.
 */
export class ClaimQueue {
  private candidates: StoredNotification[] = [];
  /** Taken from the candidates in this pass: a query that read them before they were claimed does not bring them back. */
  private readonly taken = new Set<string>();
  private query?: Promise<void>;
  private queried = false;
  private lastQueryFull = false;

  constructor(
    private readonly outbox: Pick<Outbox, 'findDue' | 'claim'>,
    private readonly watch: Pick<OutboxWatch, 'startLook' | 'movedSinceLook'>,
    private readonly settings: ClaimQueueSettings,
    private readonly clock: Clock,
    private readonly random: () => number,
  ) {}

  /** The next batch claimed for this instance; empty when nothing is left to claim. Not to be called concurrently. */
  async next(): Promise<StoredNotification[]> {
    if (!this.queried) this.runQuery();
    for (;;) {
      if (this.candidates.length === 0) {
        if (!this.query) return [];
        await this.query;
        continue;
      }
      const { instanceId, leaseMs } = this.settings;
      const claimed = await this.outbox.claim(this.take(), { now: this.clock.now(), instanceId, leaseMs });
      // Only once this batch is claimed: a long query holds up the store's other answers (the embedded store serves one
      // request at a time), and this batch is what gets sent meanwhile.
      if (this.candidates.length < 2 * this.settings.claimSize && !this.query && (await this.moreMayBeDue())) this.runQuery();
      if (claimed.length > 0) return claimed;
    }
  }

  private async moreMayBeDue(): Promise<boolean> {
    return this.lastQueryFull || this.watch.movedSinceLook(this.settings.tenantId);
  }

  private runQuery(): void {
    this.queried = true;
    const { tenantId, queryLimit } = this.settings;
    const query = (async () => {
      await this.watch.startLook(tenantId, this.clock.now());
      const found = await this.outbox.findDue(tenantId, this.clock.now(), queryLimit);
      this.lastQueryFull = found.length >= queryLimit;
      this.add(found);
      this.query = undefined;
    })();
    // A query that fails stays in `query`: the call of next() that waits for it throws.
    query.catch(() => undefined);
    this.query = query;
  }

  /** Adds what is not among the candidates yet, or replaces it with the fresher read. */
  private add(found: readonly StoredNotification[]): void {
    const known = new Map(this.candidates.map((candidate, index) => [candidate.id, index]));
    for (const notification of found) {
      if (this.taken.has(notification.id)) continue;
      const index = known.get(notification.id);
      if (index === undefined) this.candidates.push(notification);
      else this.candidates[index] = notification;
    }
  }

  /** A batch from a random place among the candidates, so that instances reading the same ones claim different ones. */
  private take(): StoredNotification[] {
    const size = Math.min(this.settings.claimSize, this.candidates.length);
    const start = Math.floor(this.random() * (this.candidates.length - size + 1));
    const batch = this.candidates.splice(start, size);
    for (const notification of batch) this.taken.add(notification.id);
    return batch;
  }
}
