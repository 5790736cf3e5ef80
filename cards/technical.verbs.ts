/** What the technical benefits card sends; `refresh` shows the benefits as they are now, the card's automatic refresh. */
export const TECHNICAL_VERBS = {
  activate: 'technical.activate',
  recordIds: 'technical.recordIds',
  assign: 'technical.assign',
  request: 'technical.request',
  refresh: 'technical.show',
} as const;
