import type { MarketingContactConfirmData } from './marketingContactConfirm';
import type { MarketingContactFormData } from './marketingContactForm';
import type { UserDoc } from '../../bot/domain/documents';
import { EMAIL_INPUT_PATTERN } from '../../bot/domain/email';
import { PHONE_INPUT_PATTERN } from '../../bot/domain/phone';
import type { Locale, Translate } from '../../bot/i18n';
import type { CheckedContact, MarketingContactView } from '../../bot/services/marketingContact';
import { peoplePickerData, withNameHint } from '../shared/peoplePickerData';
import { formatDate } from '../shared/formatting';
import { languageChoices, languageName } from './languageNames';
import { escapeMarkdown } from '../../bot/i18n/markdown';

/** What the admin typed into the form, shown again when it was not accepted. */
export interface EnteredContact {
  aadObjectId?: string;
  email?: string;
  phone?: string;
  preferredLanguage?: string;
}

export interface ContactDetails {
  aadObjectId: string;
  email: string;
  phoneE164: string;
  preferredLanguage: string;
  updatedAt?: string;
}

/** The contact as facts: person, email, phone, language (and when it last changed, when known). */
export function contactFacts(
  contact: ContactDetails,
  person: UserDoc | undefined,
  t: Translate,
  locale: Locale,
): { label: string; value: string }[] {
  const facts = [
    {
      label: t('marketingContact.facts.person'),
      value: person ? escapeMarkdown(person.displayName) : t('marketingContact.notInRosterAnyMore', { aadObjectId: contact.aadObjectId }),
    },
    { label: t('marketingContact.facts.email'), value: escapeMarkdown(contact.email) },
    { label: t('marketingContact.facts.phone'), value: escapeMarkdown(contact.phoneE164) },
    { label: t('marketingContact.facts.language'), value: languageName(contact.preferredLanguage, locale) },
  ];
  if (contact.updatedAt) {
    facts.push({ label: t('marketingContact.facts.updatedOn'), value: formatDate(contact.updatedAt, locale) });
  }
  return facts;
}

export interface FormView {
  view: MarketingContactView;
  accountEmail: string;
  /** Values to show again; the current contact's otherwise. */
  entered?: EnteredContact;
  /** Why the last submit was not accepted. */
  problem?: string;
  offerId?: string;
  /** The person named in "marketing contact Zoe", chosen in the form in place of the current contact. */
  chosen?: UserDoc;
}

/** The form: the current contact, if any, and the inputs, filled with what was entered or what is stored. */
export function marketingContactFormData(form: FormView, t: Translate, locale: Locale): MarketingContactFormData {
  const { contact, person, roster } = form.view;
  const { chosen } = form;
  // Another person's email and phone are not theirs: a person named in the command starts with their language only.
  const shown: EnteredContact = form.entered ?? (chosen && chosen.aadObjectId !== contact?.aadObjectId
    ? { aadObjectId: chosen.aadObjectId, preferredLanguage: chosen.locale ?? locale }
    : {
        aadObjectId: contact?.aadObjectId,
        email: contact?.email,
        phone: contact?.phoneE164,
        preferredLanguage: contact?.preferredLanguage ?? locale,
      });
  const picker = peoplePickerData(roster, { dataset: 'marketingContacts', pickersOnCard: 1, selected: shown.aadObjectId }, t);
  const people = withNameHint(picker, t('marketingContact.byName.hint'));
  return {
    title: t('marketingContact.title'),
    intro: t('marketingContact.intro'),
    currentHeading: t('marketingContact.currentHeading'),
    current: contact ? contactFacts(contact, person, t, locale) : [],
    problem: form.problem ?? '',
    person: {
      label: t('marketingContact.personLabel'),
      placeholder: t('marketingContact.personPlaceholder'),
      error: t('marketingContact.personError'),
      value: people.value,
      people,
    },
    email: {
      label: t('marketingContact.emailLabel'),
      placeholder: t('marketingContact.emailPlaceholder'),
      hint: t('marketingContact.emailHint', { accountEmail: form.accountEmail }),
      error: t('marketingContact.emailError'),
      value: shown.email ?? '',
      pattern: EMAIL_INPUT_PATTERN,
    },
    phone: {
      label: t('marketingContact.phoneLabel'),
      placeholder: t('marketingContact.phonePlaceholder'),
      error: t('marketingContact.phoneError'),
      value: shown.phone ?? '',
      pattern: PHONE_INPUT_PATTERN,
    },
    language: {
      label: t('marketingContact.languageLabel'),
      error: t('marketingContact.languageError'),
      value: shown.preferredLanguage ?? '',
      choices: languageChoices(locale),
    },
    submit: {
      title: t('marketingContact.reviewButton'),
      data: {
        command: 'marketingContact',
        step: 'review',
        ...(form.offerId ? { offerId: form.offerId } : {}),
      },
    },
  };
}

export interface ConfirmView {
  checked: CheckedContact;
  /** The contact this one replaces, by name. */
  replacing?: string;
  offerId?: string;
}

/** The summary to confirm; its Save button carries the accepted values, checked again when saved. */
export function marketingContactConfirmData(confirm: ConfirmView, t: Translate, locale: Locale): MarketingContactConfirmData {
  const { checked, replacing, offerId } = confirm;
  return {
    title: t('marketingContact.confirm.title'),
    text: replacing ? t('marketingContact.confirm.textReplace', { previous: replacing }) : t('marketingContact.confirm.textNew'),
    facts: contactFacts(checked, checked.person, t, locale),
    next: offerId ? t('marketingContact.confirm.next') : '',
    save: {
      title: t('marketingContact.confirm.saveButton'),
      data: {
        contact: {
          aadObjectId: checked.aadObjectId,
          email: checked.email,
          phone: checked.phoneE164,
          preferredLanguage: checked.preferredLanguage,
        },
        ...(offerId ? { offerId } : {}),
      },
    },
  };
}
