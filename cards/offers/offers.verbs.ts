import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the offers card sends; `refresh` shows the offers as they are now, the card's automatic refresh. */
export const OFFERS_VERBS = { activate: AUDITED_ACTIONS.activateOffer, recordActive: AUDITED_ACTIONS.recordOfferActive, refresh: 'offers.show' } as const;
