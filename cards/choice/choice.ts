import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './choice.json';

/**
 * A question with one button per answer. A button answers as if the person had typed its title (Teams' imBack), so a
 * conversation waiting for the answer takes a press and a typed answer alike.
 */
export interface ChoiceCardData {
  question: string;
  choices: { title: string }[];
}

export function choiceCard(data: ChoiceCardData): CardAttachment {
  return cardAttachment(template, data);
}
