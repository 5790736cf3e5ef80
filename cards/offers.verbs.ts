/** What the offers card sends; `refresh` shows the offers as they are now, the card's automatic refresh. */
export const OFFERS_VERBS = { activate: 'offer.activate', recordActive: 'offer.recordActive', refresh: 'offers.show' } as const;
