/**
 * A document without the ETag its read gave it: what is written back (the ETag travels as the write's condition, not
 * in the body), compared, or recorded in the audit log.
 */
export function withoutEtag<T extends object>(document: T): Omit<T, '_etag'> {
  const { _etag: _ignored, ...rest } = document as T & { _etag?: unknown };
  return rest;
}
