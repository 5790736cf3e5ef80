import type { Locale, Translate } from '../../../../bot/i18n';
import type { CheckedContact, MarketingContactView, StoredMarketingContact } from '../../../../bot/services/marketingContact';
import {
  marketingContactConfirmData,
  marketingContactFormData,
} from '../../../../cards/marketingContact/marketingContactCardData';
import type { MarketingContactConfirmData } from '../../../../cards/marketingContact/marketingContactConfirm';
import type { MarketingContactFormData } from '../../../../cards/marketingContact/marketingContactForm';
import { demoCompany } from './demoCompany';

const OFFER_ID = 'gtm-silver-core';

function demoContacts() {
  const company = demoCompany();
  const megan = company.withRole('mpnPartnerAdmin');
  const adele = company.find('employee without roles', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const roster = [...company.users].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const contact = {
    id: 'marketingContact',
    tenantId: company.tenant.tenantId,
    type: 'marketingContact',
    aadObjectId: megan.aadObjectId,
    email: 'marketing@contoso-partners.example',
    phoneE164: '+4930123456789',
    preferredLanguage: 'de',
    updatedAt: '2026-11-21T10:00:00Z',
    _etag: 'sample',
  } as StoredMarketingContact;
  return { company, megan, adele, roster, contact };
}

/** The form the first time, with a contact already registered, and shown again with the reason it was not accepted. */
export function marketingContactFormSamples(t: Translate, locale: Locale): Record<string, MarketingContactFormData> {
  const { company, megan, roster, contact } = demoContacts();
  const accountEmail = company.tenant.partnerCenterAccountEmail;
  const none: MarketingContactView = { roster };
  const registered: MarketingContactView = { contact, person: megan, roster };
  return {
    'first-time': marketingContactFormData({ view: none, accountEmail }, t, locale),
    'current-contact': marketingContactFormData({ view: registered, accountEmail }, t, locale),
    'not-accepted': marketingContactFormData(
      {
        view: none,
        accountEmail,
        entered: { aadObjectId: megan.aadObjectId, email: accountEmail.toUpperCase(), phone: '+49 30 1234', preferredLanguage: 'de' },
        problem: t('refusals.marketingEmailSameAsAccount', { email: accountEmail.toUpperCase() }),
        offerId: OFFER_ID,
      },
      t,
      locale,
    ),
  };
}

/** The summary before saving: a first contact, and one that replaces another on the way to an offer's activation. */
export function marketingContactConfirmSamples(t: Translate, locale: Locale): Record<string, MarketingContactConfirmData> {
  const { megan, adele, contact } = demoContacts();
  const checked = (person: typeof megan): CheckedContact => ({
    aadObjectId: person.aadObjectId,
    email: contact.email,
    phoneE164: contact.phoneE164,
    preferredLanguage: 'nl',
    person,
  });
  return {
    first: marketingContactConfirmData({ checked: checked(megan) }, t, locale),
    'replacing-for-an-offer': marketingContactConfirmData(
      { checked: checked(adele), replacing: megan.displayName, offerId: OFFER_ID },
      t,
      locale,
    ),
  };
}
