/** What the benefits overview sends: the details of one category. */
export const BENEFITS_VERBS = { category: 'benefits.category' } as const;
