import type { Attachment } from 'botbuilder';
import { marketingContactFormCard } from '../../cards/marketingContact/marketingContactForm';
import { translatorFor } from '../../bot/i18n';
import type { UserDoc } from '../../bot/domain/documents';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { done, type Outcome } from '../../bot/services/outcome';
import { marketingContactFormData, type EnteredContact } from '../../cards/marketingContact/marketingContactCardData';

/** Refusals the admin can put right in the form; any other one (role, roster, tenant) ends the conversation. */
export const CORRECTABLE = new Set([
  'assigneeNotInRoster',
  'marketingEmailInvalid',
  'marketingEmailSameAsAccount',
  'marketingPhoneInvalid',
  'marketingPhoneCountryCodeMissing',
]);

export interface ContactForm {
  /** What was typed, shown again with `problem` when it was not accepted; the current contact otherwise. */
  entered?: EnteredContact;
  problem?: string;
  /** The offer whose activation waits for the contact. */
  offerId?: string;
  /** The person named in the command, chosen in the form. */
  chosen?: UserDoc;
}

/** The marketing contact form, with the current contact; a refusal when the caller may not see it. */
export async function contactFormCard(
  marketingContacts: AppServices['marketingContacts'],
  context: ActionContext,
  form: ContactForm,
): Promise<Outcome<Attachment>> {
  const current = await marketingContacts.current(context);
  if (current.kind !== 'done') return current;
  const { locale, tenant } = context.caller;
  const view = { view: current.value, accountEmail: tenant!.partnerCenterAccountEmail, ...form };
  return done(marketingContactFormCard(marketingContactFormData(view, translatorFor(locale), locale)));
}

/** What is shown again in the form: the text the admin entered, nothing else. */
export function textFields(fields: Record<string, unknown>): EnteredContact {
  const text = (name: keyof EnteredContact) => (typeof fields[name] === 'string' ? (fields[name]) : undefined);
  return {
    aadObjectId: text('aadObjectId'),
    email: text('email'),
    phone: text('phone'),
    preferredLanguage: text('preferredLanguage'),
  };
}
