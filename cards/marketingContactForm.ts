import type { Attachment } from 'botbuilder';
import type { PeoplePicker } from './peoplePicker';
import { cardAttachment } from './renderCard';
import template from './marketingContactForm.json';
import type { Choice } from './visualStudio';

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
  email: FieldText & { placeholder: string; hint: string };
  phone: FieldText & { placeholder: string };
  language: FieldText & { choices: Choice[] };
  submit: { title: string; data: MarketingContactFormSubmit };
}

export function marketingContactFormCard(data: MarketingContactFormData): Attachment {
  return cardAttachment(template, data);
}
