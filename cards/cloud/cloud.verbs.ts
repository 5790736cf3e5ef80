import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the cloud service card sends; `refresh` shows the service as it stands now, the card's automatic refresh. */
export const CLOUD_VERBS = { activateForSelf: AUDITED_ACTIONS.activateCloudForSelf, getKeys: AUDITED_ACTIONS.getCloudKeys, refresh: 'cloud.show' } as const;
