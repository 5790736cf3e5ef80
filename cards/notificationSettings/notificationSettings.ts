import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './notificationSettings.json';
import { NOTIFICATION_SETTINGS_VERBS } from './notificationSettings.verbs';

/** What a company notifies about, and how its notifications fared; the form's Save is the `notifications.save` action. */
export interface NotificationSettingsCardData {
  title: string;
  intro: string;
  /** Why the last save did nothing; empty otherwise. */
  error: string;
  statusHeading: string;
  counts: { label: string; value: string }[];
  failuresHeading: string;
  failures: { line: string }[];
  settingsHeading: string;
  /** One switch per kind of notification; `id` is `event.<kind>`. */
  events: { id: string; label: string; title: string; value: 'true' | 'false' }[];
  expiryLead: { label: string; value: string; error: string };
  renewalLead: { label: string; value: string; error: string };
  save: string;
}

export function notificationSettingsCard(data: NotificationSettingsCardData): CardAttachment {
  return cardAttachment(template, data, NOTIFICATION_SETTINGS_VERBS);
}
