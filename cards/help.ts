import type { Attachment } from 'botbuilder';
import { cardAttachment } from './renderCard';
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

export function helpCard(data: HelpCardData): Attachment {
  return cardAttachment(template, data);
}
