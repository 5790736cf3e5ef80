import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './language.json';
import { LANGUAGE_VERBS } from './language.verbs';

/** The languages a person may choose to be answered in, or the one offer to keep the language they just typed in. */
export interface LanguageCardData {
  title: string;
  /** Why the last choice on the card was not taken; empty otherwise. */
  error: string;
  lines: string[];
  choices: { title: string; value: string }[];
}

export function languageCard(data: LanguageCardData): CardAttachment {
  return cardAttachment(template, data, LANGUAGE_VERBS);
}
