/** What the notification settings card sends; `refresh` shows the settings as they are now, the card's automatic refresh. */
export const NOTIFICATION_SETTINGS_VERBS = { save: 'notifications.save', refresh: 'notifications.show' } as const;
