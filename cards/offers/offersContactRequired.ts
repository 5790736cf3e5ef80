import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './offersContactRequired.json';

/** The refusal of an activation without a marketing contact, with the way out: register one, then continue. */
export interface OffersContactRequiredData {
  title: string;
  text: string;
  register: { title: string; data: { command: 'marketingContact'; offerId: string } };
}

export function offersContactRequiredCard(data: OffersContactRequiredData): CardAttachment {
  return cardAttachment(template, data);
}
