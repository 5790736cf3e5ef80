/** What the marketing contact confirmation sends. */
export const MARKETING_CONTACT_VERBS = { save: 'marketingContact.save' } as const;
