import type { Clock } from './clock';
import { perSecond, SlidingWindowLimiter, TEAMS_CONVERSATION_WINDOWS } from './rateLimits';

/**
 * Teams' limits as this instance keeps them: per conversation, and per company at the configured rate. A send counts
 * from the moment it starts until the moment it is answered, since Teams counts it when it arrives, somewhere in
 * between; a 429 pauses its conversation for as long as Retry-After says.
 */
export class SendPacing {
  private readonly conversations = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
  private readonly tenants: SlidingWindowLimiter;

  constructor(
    tenantRatePerSecond: number,
    private readonly clock: Clock,
  ) {
    this.tenants = new SlidingWindowLimiter(perSecond(tenantRatePerSecond));
  }

  /** Forgets conversations and companies with nothing left in any window. */
  prune(): void {
    const now = this.clock.now();
    this.conversations.prune(now);
    this.tenants.prune(now);
  }

  /** When the conversation can take one more send, from `now` on. */
  conversationReadyAt(conversationKey: string, now: number): number {
    return this.conversations.nextAllowedAt(conversationKey, now);
  }

  async waitForTenant(tenantId: string): Promise<void> {
    await this.waitUntil((now) => this.tenants.nextAllowedAt(tenantId, now));
  }

  /** Waits until both the conversation and its company can take a send. */
  async waitForBoth(tenantId: string, conversationKey: string): Promise<void> {
    await this.waitUntil((now) => Math.max(this.conversations.nextAllowedAt(conversationKey, now), this.tenants.nextAllowedAt(tenantId, now)));
  }

  /** A send starts now; answers when, for `answered`. */
  started(tenantId: string, conversationKey: string): number {
    const startedAt = this.clock.now();
    this.conversations.record(conversationKey, startedAt);
    this.tenants.record(tenantId, startedAt);
    return startedAt;
  }

  /** The send that started at `startedAt` was answered now: it counts until then. */
  answered(tenantId: string, conversationKey: string, startedAt: number): void {
    const answeredAt = this.clock.now();
    this.conversations.answered(conversationKey, startedAt, answeredAt);
    this.tenants.answered(tenantId, startedAt, answeredAt);
  }

  /** Teams answered 429: nothing more to the conversation before `until`. */
  pause(conversationKey: string, until: number): void {
    this.conversations.pause(conversationKey, until);
  }

  private async waitUntil(readyAt: (now: number) => number): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const at = readyAt(now);
      if (at <= now) return;
      await this.clock.sleep(at - now);
    }
  }
}
