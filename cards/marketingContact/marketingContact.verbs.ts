import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the marketing contact confirmation sends. */
export const MARKETING_CONTACT_VERBS = { save: AUDITED_ACTIONS.saveMarketingContact } as const;
