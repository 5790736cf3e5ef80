/** What the requests card sends; `refresh` shows the requests as they are now, the card's automatic refresh. */
export const REQUESTS_VERBS = { status: 'request.status', ticket: 'request.ticket', refresh: 'requests.show' } as const;
