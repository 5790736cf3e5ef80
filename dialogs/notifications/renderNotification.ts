import type { Activity } from 'botbuilder';
import { notificationCard } from '../../cards/notification/notification';
import type { OutboxDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import { withoutMarkdownEscapes } from '../../bot/i18n/markdown';
import { notificationCardData } from '../../cards/notification/notificationCardData';

/** The message a notification is delivered as; the summary is what Teams shows, as plain text, in the activity feed. */
export function renderNotification(notification: OutboxDoc): Partial<Activity> {
  const data = notificationCardData(notification, translatorFor(notification.locale), notification.locale);
  return { type: 'message', summary: withoutMarkdownEscapes(data.title), attachments: [notificationCard(data)] };
}
