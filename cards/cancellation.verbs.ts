/** What the cancellation card sends. */
export const CANCELLATION_VERBS = { file: 'cancellation.file' } as const;
