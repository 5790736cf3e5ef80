/** At most `limit` sends in any `windowMs` long stretch of time. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** Teams' limits for one bot in one conversation. */
export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

export function perSecond(rate: number): RateWindow[] {
  return [{ limit: rate, windowMs: 1_000 }];
}

/**
 * Sliding windows per key (a conversation, a tenant). The connector counts a send when it arrives, somewhere between
 * the moment it started and the moment it was answered, so a send counts here from its start and, once `answered`,
 * until its answer has left the window: a send answered within a window is not forgotten here before the connector
 * forgets it, however long it travelled.
 */
export class SlidingWindowLimiter {
  private readonly sends = new Map<string, number[]>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly longestMs: number;

  constructor(private readonly windows: readonly RateWindow[]) {
    this.longestMs = Math.max(...windows.map((window) => window.windowMs));
  }

  /** The earliest moment from `now` on at which one more send to `key` stays within every window. */
  nextAllowedAt(key: string, now: number): number {
    let allowedAt = Math.max(now, this.pausedUntil.get(key) ?? now);
    const times = this.sends.get(key);
    if (!times) return allowedAt;
    for (const { limit, windowMs } of this.windows) {
      if (times.length < limit) continue;
      // The send that must leave the window first: the limit-th most recent one.
      const blocking = times[times.length - limit];
      allowedAt = Math.max(allowedAt, blocking + windowMs);
    }
    return allowedAt;
  }

  record(key: string, at: number): void {
    const times = this.sends.get(key) ?? [];
    insertInOrder(times, at);
    const horizon = at - this.longestMs;
    let expired = 0;
    while (expired < times.length && times[expired] <= horizon) expired += 1;
    if (expired > 0) times.splice(0, expired);
    this.sends.set(key, times);
  }

  /** The send to `key` that started at `startedAt` was answered at `answeredAt`: it counts until then. */
  answered(key: string, startedAt: number, answeredAt: number): void {
    const times = this.sends.get(key) ?? [];
    const started = times.lastIndexOf(startedAt);
    if (started >= 0) times.splice(started, 1);
    insertInOrder(times, answeredAt);
    this.sends.set(key, times);
  }

  /** Nothing more to `key` before `until` (Teams answered 429 with Retry-After). */
  pause(key: string, until: number): void {
    this.pausedUntil.set(key, Math.max(until, this.pausedUntil.get(key) ?? until));
  }

  /** Drops keys with nothing left in any window, so a long-running dispatcher does not keep every conversation. */
  prune(now: number): void {
    for (const [key, times] of this.sends) {
      if (times.length === 0 || times[times.length - 1] <= now - this.longestMs) this.sends.delete(key);
    }
    for (const [key, until] of this.pausedUntil) if (until <= now) this.pausedUntil.delete(key);
  }
}

/** Keeps `times` ascending; what is inserted is mostly the latest, so the search starts at the end. */
function insertInOrder(times: number[], at: number): void {
  let index = times.length;
  while (index > 0 && times[index - 1] > at) index -= 1;
  times.splice(index, 0, at);
}
