import { cardAttachment, type CardAttachment } from './renderCard';
import template from './help.json';

export interface HelpCardData {
  title: string;
  greeting: string;
  facts: { label: string; value: string }[];
  commandsHeading: string;
  commands: { name: string; description: string }[];
  note: string;
  showAgain: string;
}

export function helpCard(data: HelpCardData): CardAttachment {
  return cardAttachment(template, data);
}
