import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './help.json';

export interface HelpCardData {
  title: string;
  greeting: string;
  facts: { label: string; value: string }[];
  commandsHeading: string;
  /** Each command as a button that asks it, with what it does. */
  commands: { key: string; name: string; description: string }[];
  note: string;
}

export function helpCard(data: HelpCardData): CardAttachment {
  return cardAttachment(template, data);
}
