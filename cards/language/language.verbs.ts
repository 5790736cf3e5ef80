/** What the language card sends. */
export const LANGUAGE_VERBS = { choose: 'language.choose' } as const;
