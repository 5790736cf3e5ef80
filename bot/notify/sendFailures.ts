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

const TRANSIENT_STATUSES = new Set([412, 502, 503, 504]);
const DEFAULT_RETRY_AFTER_MS = 1_000;
const MAX_RETRY_AFTER_MS = 10 * 60_000;

interface HttpErrorLike {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { headers?: { get?(name: string): string | undefined | null } };
}

/** Reads a connector error (or a network error) the way Teams documents its answers. */
export function classifySendFailure(error: unknown, now: number): SendFailure {
  const failure = (error ?? {}) as HttpErrorLike;
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  const code = typeof failure.code === 'string' ? failure.code : undefined;
  const reason = [status ?? 'network', code].filter(Boolean).join(' ');
  if (status === undefined) return { kind: 'transient', reason: `${reason} ${String(failure.message ?? '')}`.trim() };
  if (status === 429) {
    return { kind: 'throttled', retryAfterMs: retryAfterMs(failure.response?.headers?.get?.('retry-after'), now), reason };
  }
  if (TRANSIENT_STATUSES.has(status)) return { kind: 'transient', reason };
  if (status === 403 || status === 404) return { kind: 'conversationGone', reason };
  return { kind: 'permanent', reason };
}

/** `Retry-After` is either seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined | null, now: number): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return DEFAULT_RETRY_AFTER_MS;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/**
 * Exponential backoff with jitter: attempt 1 waits between half and all of `baseMs`, each further attempt twice as
 * long, capped; the randomness keeps instances that failed together from retrying together.
 */
export function backoffMs(attempt: number, random: () => number, baseMs = 1_000, capMs = 5 * 60_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
