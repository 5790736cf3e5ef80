import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the requests card sends; `refresh` shows the requests as they are now, the card's automatic refresh. */
export const REQUESTS_VERBS = { status: AUDITED_ACTIONS.changeRequestStatus, ticket: AUDITED_ACTIONS.recordMicrosoftTicket, refresh: 'requests.show' } as const;
