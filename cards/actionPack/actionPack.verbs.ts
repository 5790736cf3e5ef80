import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/**
 * What the Action Pack card and its turn-off warning send; `refresh` shows the subscription as it stands now, the
 * cards' automatic refresh and the warning's way back.
 */
export const ACTION_PACK_VERBS = {
  confirmTurnOff: 'actionPack.confirmTurnOff',
  turnOff: AUDITED_ACTIONS.turnOffActionPackAutoRenew,
  turnOn: AUDITED_ACTIONS.turnOnActionPackAutoRenew,
  recordRenewal: AUDITED_ACTIONS.recordActionPackRenewal,
  refresh: 'actionPack.show',
} as const;
