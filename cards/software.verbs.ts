/** What the software product card sends. */
export const SOFTWARE_VERBS = { getKeys: 'software.getKeys' } as const;
