/** How long audit events and finished notifications are kept, in days after their last change. */
export interface Retention {
  auditDays: number;
  /** Counted from delivery or from giving up; a notification still due is never removed. */
  finishedOutboxDays: number;
}

export const DEFAULT_RETENTION: Retention = { auditDays: 365, finishedOutboxDays: 30 };

/** Azure Cosmos DB takes a document's `ttl` in seconds after its last write and holds it in a 32-bit number. */
export const MAX_TTL_SECONDS = 2 ** 31 - 1;
export const MAX_RETENTION_DAYS = Math.floor(MAX_TTL_SECONDS / 86_400);

/** The `ttl` of a document kept for `days`. */
export function ttlSeconds(days: number): number {
  return days * 86_400;
}
