/**
 * What the Action Pack card and its turn-off warning send; `refresh` shows the subscription as it stands now, the
 * cards' automatic refresh and the warning's way back.
 */
export const ACTION_PACK_VERBS = {
  confirmTurnOff: 'actionPack.confirmTurnOff',
  turnOff: 'actionPack.turnOff',
  turnOn: 'actionPack.turnOn',
  recordRenewal: 'actionPack.recordRenewal',
  refresh: 'actionPack.show',
} as const;
