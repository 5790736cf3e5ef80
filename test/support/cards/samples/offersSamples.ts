import type { Locale, Translate } from '../../../../bot/i18n';
import type { Offer } from '../../../../bot/services/goToMarketOffers';
import { contactRequiredData } from '../../../../dialogs/offers/offerResults';
import type { OffersCardData } from '../../../../cards/offers/offers';
import type { OffersContactRequiredData } from '../../../../cards/offers/offersContactRequired';
import { offersCardData, type OffersCardStatus, type OffersView } from '../../../../cards/offers/offersCardData';
import { demoCompany } from './demoCompany';

const NOW = new Date('2026-11-21T10:00:00Z');

function demoOffers() {
  const company = demoCompany();
  const offers = company.benefits.filter((benefit): benefit is Offer => benefit.category === 'goToMarket');
  if (offers.length < 2) throw new Error('examples/demo-tenant.json has too few go-to-market offers for the card samples');
  const managers = company.users.filter((user) => user.roles.includes('globalAdmin') || user.roles.includes('mpnPartnerAdmin'));
  return { company, offers, managers };
}

/**
 * The demo company's offers as an admin and an employee see them, with one pending and one active, none at all, and
 * after a refused record-as-active.
 */
export function offersSamples(t: Translate, locale: Locale): Record<string, OffersCardData> {
  const { company, offers, managers } = demoOffers();
  const companyName = company.tenant.companyName;
  const base: OffersView = { offers, hasMarketingContact: false, mayManage: true, managers: [], companyName, now: NOW };
  const [first, second, ...rest] = offers;
  const progressed: Offer[] = [
    { ...first, status: 'activationPending', activationDate: '2026-11-20' },
    { ...second, status: 'active', activationDate: '2026-10-01', expiryDate: '2027-09-30' },
    ...rest,
  ];
  return {
    'admin-without-contact': offersCardData(base, t, locale),
    'admin-pending-and-active': offersCardData({ ...base, offers: progressed, hasMarketingContact: true }, t, locale),
    employee: offersCardData({ ...base, mayManage: false, managers }, t, locale),
    'no-offers': offersCardData({ ...base, offers: [] }, t, locale),
    'record-refused': offersCardData({ ...base, offers: progressed, hasMarketingContact: true, status: recordRefused(first, t) }, t, locale),
  };
}

/** A record-as-active form sent with today as the expiry date: back with the date kept and the reason under it. */
function recordRefused(offer: Offer, t: Translate): OffersCardStatus {
  const problem = t('refusals.offerExpiryNotAhead', { expires: '2026-11-21' });
  return { error: problem, record: { offerId: offer.benefitId, expires: '2026-11-21', problem } };
}

/** The refusal of an activation without a marketing contact. */
export function offersContactRequiredSamples(t: Translate, locale: Locale): Record<string, OffersContactRequiredData> {
  const { offers } = demoOffers();
  const offer = offers[0];
  const params = { offer: offer.name, offerId: offer.benefitId };
  const refusal = { kind: 'refused' as const, code: 'marketingContactRequired', params };
  return { 'silver-core': contactRequiredData(refusal, t, locale) };
}
