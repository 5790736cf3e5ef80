import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import type { PeoplePicker } from '../shared/peoplePicker';
import template from './marketingContactForm.json';
import type { Choice } from '../shared/choice';

interface FieldText {
  label: string;
  error: string;
  value: string;
}

/** What the form's submit carries besides the inputs: it restarts the marketing-contact conversation at its review. */
export interface MarketingContactFormSubmit {
  command: 'marketingContact';
  step: 'review';
  offerId?: string;
}

export interface MarketingContactFormData {
  title: string;
  intro: string;
  currentHeading: string;
  /** The contact there is now; empty when there is none. */
  current: { label: string; value: string }[];
  /** Why the last submit was not accepted; empty the first time. */
  problem: string;
  person: FieldText & { placeholder: string; people: PeoplePicker };
  /** `pattern`: the shape the card checks before sending; the server checks again. */
  email: FieldText & { placeholder: string; hint: string; pattern: string };
  phone: FieldText & { placeholder: string; pattern: string };
  language: FieldText & { choices: Choice[] };
  submit: { title: string; data: MarketingContactFormSubmit };
}

export function marketingContactFormCard(data: MarketingContactFormData): CardAttachment {
  return cardAttachment(template, data);
}
