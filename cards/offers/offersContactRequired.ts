import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './offersContactRequired.json';
import type { AskingCardShows } from '../shared/askingCard';

/** The refusal of an activation without a marketing contact, with the way out: register one, then continue. */
export interface OffersContactRequiredData {
  title: string;
  text: string;
  register: { title: string; data: { command: 'marketingContact'; offerId: string; cardShows: AskingCardShows } };
}

export function offersContactRequiredCard(data: OffersContactRequiredData): CardAttachment {
  return cardAttachment(template, data);
}
