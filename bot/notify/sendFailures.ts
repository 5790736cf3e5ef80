/** What a failed send means for the notification. */
export type SendFailure =
  /** Teams asks us to slow down: try again after the given time, without counting it as a failed attempt. */
  | { kind: 'throttled'; retryAfterMs: number; reason: string }
  /** Worth retrying after a backoff. */
  | { kind: 'transient'; reason: string }
  /** The person blocked or removed the bot, or the chat is gone: stop sending there. */
  | { kind: 'conversationGone'; reason: string }
  /** Retrying would not help. */
  | { kind: 'permanent'; reason: string };

/** What a proactive sender throws when a message was not delivered: the platform's answer, read. */
export class SendFailed extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.reason);
    this.name = 'SendFailed';
  }
}

/** A sender that throws anything but `SendFailed` failed in a way nobody read: worth another attempt. */
export function failureOf(error: unknown): SendFailure {
  if (error instanceof SendFailed) return error.failure;
  return { kind: 'transient', reason: error instanceof Error ? error.message : String(error) };
}

/**
 * Exponential backoff with jitter: attempt 1 waits between half and all of `baseMs`, each further attempt twice as
 * long, capped; the randomness keeps instances that failed together from retrying together.
 */
export function backoffMs(attempt: number, random: () => number, baseMs = 1_000, capMs = 5 * 60_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
