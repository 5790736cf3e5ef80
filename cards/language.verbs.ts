/** What the language card sends; `refresh` shows the card as it stands now for whoever looks at it. */
export const LANGUAGE_VERBS = { choose: 'language.choose', refresh: 'language.show' } as const;
