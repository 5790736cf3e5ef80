import type { OffersCardData } from './offers';
import { addDays, todayUtc } from '../../bot/domain/dates';
import type { Locale, Translate } from '../../bot/i18n';
import { offerStatus } from '../../bot/domain/offers';
import type { Offer, OffersOverview } from '../../bot/services/goToMarketOffers';
import { formatDate, formatList } from '../shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import { linkTo } from '../shared/links';

export interface OffersView extends OffersOverview {
  companyName: string;
  now: Date;
  status?: OffersCardStatus;
}

/** What the last action on the card did, or why it did nothing, with the record form's values kept. */
export interface OffersCardStatus {
  notice?: string;
  error?: string;
  record?: { offerId: unknown; expires: unknown; problem: string };
}

/** The offers with their types, status and expiry; for an admin, Activate and the record-as-active form. */
export function offersCardData(view: OffersView, t: Translate, locale: Locale): OffersCardData {
  const { offers, mayManage, now, status = {} } = view;
  const typed = (value: unknown) => (typeof value === 'string' ? value : '');
  const pending = offers.filter((offer) => offerStatus(offer, now) === 'activationPending');
  const available = offers.filter((offer) => offerStatus(offer, now) === 'available');
  return {
    links: [linkTo('partnerCenterBenefits', t)],
    title: t('offers.title'),
    intro: t('offers.intro', { company: view.companyName }),
    notice: status.notice ?? '',
    error: status.error ?? '',
    offers: offers.map((offer) => ({
      name: escapeMarkdown(offer.name),
      types: offer.offerTypes.map(escapeMarkdown).join(t('roles.separator')),
      facts: offerFacts(offer, now, t, locale),
      activate: {
        visible: mayManage && offerStatus(offer, now) === 'available',
        title: t('offers.activateButton'),
        data: { offerId: offer.benefitId },
      },
    })),
    none: t('offers.none'),
    contact: {
      visible: mayManage && !view.hasMarketingContact && available.length > 0,
      text: t('offers.contactMissing'),
      button: t('offers.registerContact'),
      data: { command: 'marketingContact', cardShows: 'offers' },
    },
    record: {
      visible: mayManage && pending.length > 0,
      title: t('offers.record.title'),
      note: t('offers.record.note'),
      offerLabel: t('offers.record.offerLabel'),
      offerError: t('offers.record.offerError'),
      offerValue: typed(status.record?.offerId) || (pending.length === 1 ? pending[0].benefitId : ''),
      offers: pending.map((offer) => ({ title: offer.name, value: offer.benefitId })),
      expiresLabel: t('offers.record.expiresLabel'),
      expiresError: t('offers.record.expiresError'),
      expiresValue: typed(status.record?.expires),
      expiresProblem: status.record?.problem ?? '',
      earliest: addDays(todayUtc(now), 1),
      button: t('offers.record.button'),
    },
    note: mayManage ? '' : t('offers.onlyAdmins', { holders: formatList(view.managers.map((user) => user.displayName), t) }),
  };
}

/** Status, the day activation was requested while it is pending, and the expiry date ("expired on …" once past). */
function offerFacts(offer: Offer, now: Date, t: Translate, locale: Locale): { label: string; value: string }[] {
  const status = offerStatus(offer, now);
  const facts = [{ label: t('offers.facts.status'), value: t(`offers.status.${status}`) }];
  if (status === 'activationPending' && offer.activationDate) {
    facts.push({ label: t('offers.facts.requestedOn'), value: formatDate(offer.activationDate, locale) });
  }
  if (offer.expiryDate) {
    const date = formatDate(offer.expiryDate, locale);
    facts.push({ label: t('offers.facts.expires'), value: status === 'expired' ? t('offers.expiredOn', { date }) : date });
  }
  return facts;
}
