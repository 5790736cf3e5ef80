import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the notification settings card sends; `refresh` shows the settings as they are now, the card's automatic refresh. */
export const NOTIFICATION_SETTINGS_VERBS = { save: AUDITED_ACTIONS.saveNotificationSettings, refresh: 'notifications.show' } as const;
