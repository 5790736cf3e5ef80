/**
 * The names the audit records actions under. A card's button for the same action sends the same word as its verb, so
 * the cards' verbs are taken from here.
 */
export const AUDITED_ACTIONS = {
  turnOffActionPackAutoRenew: 'actionPack.turnOff',
  turnOnActionPackAutoRenew: 'actionPack.turnOn',
  recordActionPackRenewal: 'actionPack.recordRenewal',
  assignBenefit: 'benefit.assign',
  reassignBenefit: 'benefit.reassign',
  fileCancellation: 'cancellation.file',
  activateCloudForSelf: 'cloud.activateForSelf',
  getCloudKeys: 'cloud.getKeys',
  chooseLanguage: 'language.choose',
  saveMarketingContact: 'marketingContact.save',
  saveNotificationSettings: 'notifications.save',
  activateOffer: 'offer.activate',
  recordOfferActive: 'offer.recordActive',
  changeRequestStatus: 'request.status',
  recordMicrosoftTicket: 'request.ticket',
  getSoftwareKeys: 'software.getKeys',
  activateTechnical: 'technical.activate',
  recordSupportIds: 'technical.recordIds',
  requestTechnicalHelp: 'technical.request',
} as const;

export type AuditedAction = (typeof AUDITED_ACTIONS)[keyof typeof AUDITED_ACTIONS];
