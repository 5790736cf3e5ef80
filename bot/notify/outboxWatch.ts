import type { Outbox } from './outbox';

interface Look {
  /** The outbox signal as read right before the look's query. */
  version?: string;
  at: number;
  /** The earliest moment something this instance put off falls due. */
  dueAt: number;
}

/**
 * When a dispatcher looks at a company's outbox again. Finding due notifications takes a query, the costly request,
 * so between looks only the outbox signal is read: a dispatcher looks again when the signal moved (notifications
 * recorded or handed back on any instance), when something it put off itself falls due, and every `fallbackMs`
 * anyway, for what it cannot be told of, such as the claims of a crashed instance whose lease ran out.
 */
export class OutboxWatch {
  private readonly looks = new Map<string, Look>();

  constructor(
    private readonly outbox: Pick<Outbox, 'signalVersion'>,
    private readonly fallbackMs: number,
  ) {}

  async needsLook(tenantId: string, now: number): Promise<boolean> {
    const look = this.looks.get(tenantId);
    if (!look || now >= look.dueAt || now >= look.at + this.fallbackMs) return true;
    return (await this.outbox.signalVersion(tenantId)) !== look.version;
  }

  /** To be called right before the query: what is recorded after the signal was read is found by the next look. */
  async startLook(tenantId: string, now: number): Promise<void> {
    const version = await this.outbox.signalVersion(tenantId);
    const putOffUntil = this.looks.get(tenantId)?.dueAt ?? Infinity;
    // What falls due by `now` this look's query finds; what falls due later still calls for a look of its own.
    this.looks.set(tenantId, { version, at: now, dueAt: putOffUntil > now ? putOffUntil : Infinity });
  }

  /** Whether notifications were recorded or handed back since the last look began. */
  async movedSinceLook(tenantId: string): Promise<boolean> {
    return (await this.outbox.signalVersion(tenantId)) !== this.looks.get(tenantId)?.version;
  }

  /** This instance put a notification off until `at` (a retry, a hold for the rate limits), once that is stored. */
  putOff(tenantId: string, at: number): void {
    const look = this.looks.get(tenantId);
    if (look) look.dueAt = Math.min(look.dueAt, at);
  }
}
