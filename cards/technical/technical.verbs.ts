import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the technical benefits card sends; `refresh` shows the benefits as they are now, the card's automatic refresh. */
export const TECHNICAL_VERBS = {
  activate: AUDITED_ACTIONS.activateTechnical,
  recordIds: AUDITED_ACTIONS.recordSupportIds,
  assign: 'technical.assign',
  request: AUDITED_ACTIONS.requestTechnicalHelp,
  refresh: 'technical.show',
} as const;

/** What the card of the people "assign technical support to <name>" found sends: `pick` brings the forms with that person chosen. */
export const TECHNICAL_BY_NAME_VERBS = { pick: 'technical.pickAssignee' } as const;
