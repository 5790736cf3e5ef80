import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './notification.json';

/** A proactive notification: what happened, the facts that matter, and a button to the conversation that acts on it. */
export interface NotificationCardData {
  title: string;
  text: string;
  facts: { label: string; value: string }[];
  button: { title: string; command: string };
}

export function notificationCard(data: NotificationCardData): CardAttachment {
  return cardAttachment(template, data);
}
