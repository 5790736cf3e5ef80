import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './marketingContactConfirm.json';
import { MARKETING_CONTACT_VERBS } from './marketingContact.verbs';

/** The Save button's data: the values the review accepted, checked again when saved. */
export interface MarketingContactSaveData {
  contact: { aadObjectId: string; email: string; phone: string; preferredLanguage: string };
  /** The offer whose activation waits for this contact. */
  offerId?: string;
}

export interface MarketingContactConfirmData {
  title: string;
  text: string;
  facts: { label: string; value: string }[];
  /** What happens after saving (the offer activation that continues); empty when nothing does. */
  next: string;
  save: { title: string; data: MarketingContactSaveData };
}

export function marketingContactConfirmCard(data: MarketingContactConfirmData): CardAttachment {
  return cardAttachment(template, data, MARKETING_CONTACT_VERBS);
}
