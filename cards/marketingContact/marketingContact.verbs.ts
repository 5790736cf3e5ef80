import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the marketing contact confirmation sends. */
export const MARKETING_CONTACT_VERBS = { save: AUDITED_ACTIONS.saveMarketingContact } as const;

/** What the card of the people "marketing contact <name>" found sends: `pick` brings the form with that person chosen. */
export const MARKETING_CONTACT_BY_NAME_VERBS = { pick: 'marketingContact.pickPerson' } as const;
