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
 * Sliding windows per key (a conversation, a tenant), fed with the moments sends actually started, in order.
 * `marginMs` widens every window a little: the connector counts arrivals, which trail the moment we started a send
 * by a varying few milliseconds, and a window we see as just passed may not have passed for it.
 */
export class SlidingWindowLimiter {
  private readonly sends = new Map<string, number[]>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly longestMs: number;

  constructor(
    private readonly windows: readonly RateWindow[],
    private readonly marginMs = 0,
  ) {
    this.longestMs = Math.max(...windows.map((window) => window.windowMs)) + marginMs;
  }

  /** The earliest moment from `now` on at which one more send to `key` stays within every window. */
  nextAllowedAt(key: string, now: number): number {
    let allowedAt = Math.max(now, this.pausedUntil.get(key) ?? now);
    const times = this.sends.get(key);
    if (!times) return allowedAt;
    for (const { limit, windowMs } of this.windows) {
      if (times.length < limit) continue;
      // The send that must leave the window first: the limit-th most recent one.
      const blocking = times[times.length - limit]!;
      allowedAt = Math.max(allowedAt, blocking + windowMs + this.marginMs);
    }
    return allowedAt;
  }

  record(key: string, at: number): void {
    const times = this.sends.get(key) ?? [];
    times.push(at);
    const horizon = at - this.longestMs;
    let expired = 0;
    while (expired < times.length && times[expired]! <= horizon) expired += 1;
    if (expired > 0) times.splice(0, expired);
    this.sends.set(key, times);
  }

  /** Nothing more to `key` before `until` (Teams answered 429 with Retry-After). */
  pause(key: string, until: number): void {
    this.pausedUntil.set(key, Math.max(until, this.pausedUntil.get(key) ?? until));
  }

  /** Drops keys with nothing left in any window, so a long-running dispatcher does not keep every conversation. */
  prune(now: number): void {
    for (const [key, times] of this.sends) {
      if (times.length === 0 || times[times.length - 1]! <= now - this.longestMs) this.sends.delete(key);
    }
    for (const [key, until] of this.pausedUntil) if (until <= now) this.pausedUntil.delete(key);
  }
}
