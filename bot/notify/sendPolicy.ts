import type { StoredNotification } from './outbox';
import { backoffMs, type SendFailure } from './sendFailures';

export interface SendPolicySettings {
  leaseMs: number;
  /** Failed attempts (not counting 429s) before a notification is given up. */
  maxAttempts: number;
  backoffBaseMs: number;
}

/** What becomes of a notification whose send failed. */
export type AfterFailure =
  /** Throttled briefly: try again at `at`, still under this claim. */
  | { kind: 'retry'; at: number }
  /** Back to the outbox, due at `at`. */
  | { kind: 'putOff'; at: number; countAttempt: boolean; reason: string }
  /** Dead letter. */
  | { kind: 'giveUp'; reason: string; countAttempt: boolean }
  /** The chat is gone or blocks the bot: retire its conversation reference and give up. */
  | { kind: 'conversationGone'; reason: string };

/**
 * Decides, one notification at a time, whether a send may start, and what a failed one becomes. Knows nothing of the
 * store or of Teams' wire format: the claim's lease, the attempts so far and the failure as the sender read it.
 */
export class SendPolicy {
  constructor(
    private readonly settings: SendPolicySettings,
    private readonly random: () => number,
  ) {}

  /** Longer than this behind its conversation's limits, a notification goes back to the outbox for later. */
  get maxHoldMs(): number {
    return this.settings.leaseMs / 4;
  }

  /**
   * Sending when the lease is about to run out could duplicate what another instance takes over meanwhile; such a
   * notification is left alone, due again once the lease ends.
   */
  leaseLeftToSend(notification: StoredNotification, now: number): boolean {
    return !(leaseUntil(notification) - now < this.settings.leaseMs / 10);
  }

  afterFailure(notification: StoredNotification, failure: SendFailure, now: number): AfterFailure {
    switch (failure.kind) {
      case 'throttled': {
        const at = now + failure.retryAfterMs;
        // A short Retry-After is waited out within the claim's lease: the store sees neither a write nor a query for it.
        if (at < leaseUntil(notification) - this.settings.leaseMs / 4) return { kind: 'retry', at };
        return { kind: 'putOff', at, countAttempt: false, reason: failure.reason };
      }
      case 'transient': {
        const attempts = notification.attempts + 1;
        if (attempts >= this.settings.maxAttempts) {
          return { kind: 'giveUp', reason: `gave up after ${attempts} attempts: ${failure.reason}`, countAttempt: true };
        }
        const at = now + backoffMs(attempts, this.random, this.settings.backoffBaseMs);
        return { kind: 'putOff', at, countAttempt: true, reason: failure.reason };
      }
      case 'conversationGone':
        return { kind: 'conversationGone', reason: failure.reason };
      case 'permanent':
        return { kind: 'giveUp', reason: failure.reason, countAttempt: true };
    }
  }
}

function leaseUntil(notification: StoredNotification): number {
  return Date.parse(notification.leaseUntil ?? '');
}
