/** What the cloud service card sends; `refresh` shows the service as it stands now, the card's automatic refresh. */
export const CLOUD_VERBS = { activateForSelf: 'cloud.activateForSelf', getKeys: 'cloud.getKeys', refresh: 'cloud.show' } as const;
