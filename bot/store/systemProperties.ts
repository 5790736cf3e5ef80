/** What Cosmos adds to every document besides its ETag; none of it is ours to keep or compare. */
const SYSTEM_PROPERTIES = ['_rid', '_self', '_ts', '_attachments'] as const;

/** A copy of the document without the store's own properties; the ETag stays, as the condition of the next write. */
export function withoutSystemProperties<T extends object>(resource: T): T {
  const copy = { ...resource } as Record<string, unknown>;
  for (const property of SYSTEM_PROPERTIES) delete copy[property];
  return copy as T;
}
