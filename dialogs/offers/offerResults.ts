import type { OffersContactRequiredData } from '../../cards/offers/offersContactRequired';
import type { Locale, Translate } from '../../bot/i18n';
import type { OfferChange } from '../../bot/services/goToMarketOffers';
import type { Outcome } from '../../bot/services/outcome';
import { formatDate } from '../../cards/shared/formatting';
import { unsuccessfulText } from '../present/outcomeText';

/** What the offers card says once an activation was requested. */
export function requestedNotice(change: OfferChange, t: Translate): string {
  return `**${t('offers.activated.title', { offer: change.offer.name })}**\n\n${t('offers.activated.text')}`;
}

/** What the offers card says once an activation was recorded as active. */
export function recordedNotice({ offer }: OfferChange, t: Translate, locale: Locale): string {
  const title = `**${t('offers.recorded.title', { offer: offer.name })}**`;
  return offer.expiryDate ? `${title}\n\n${t('offers.recorded.text', { expires: formatDate(offer.expiryDate, locale) })}` : title;
}

/** The refusal of an activation without a marketing contact, with a button that registers one and then continues. */
export function contactRequiredData(
  refusal: Extract<Outcome<unknown>, { kind: 'refused' }>,
  t: Translate,
  locale: Locale,
): OffersContactRequiredData {
  return {
    title: t('offers.contactRequired.title'),
    text: unsuccessfulText(refusal, t, locale),
    register: {
      title: t('offers.registerContact'),
      data: { command: 'marketingContact', offerId: String(refusal.params.offerId), cardShows: 'offers' },
    },
  };
}

/** One sentence on an activation that followed another action (saving the marketing contact). */
export function activationSentence(outcome: Outcome<OfferChange>, t: Translate, locale: Locale): string {
  if (outcome.kind !== 'done') return unsuccessfulText(outcome, t, locale);
  return t('offers.activatedAfterContact', { offer: outcome.value.offer.name });
}
