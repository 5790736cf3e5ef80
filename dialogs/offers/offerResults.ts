import type { Attachment } from 'botbuilder';
import { actionDoneCard } from '../../cards/actionDone';
import type { OffersContactRequiredData } from '../../cards/offersContactRequired';
import type { Locale, Translate } from '../../bot/i18n';
import type { OfferChange } from '../../bot/services/goToMarketOffers';
import type { Outcome } from '../../bot/services/outcome';
import { formatDate } from '../present/formatting';
import { unsuccessfulText } from '../present/outcomeText';
import { offerFacts } from './offersCardData';

/** What replaces the offers card once an activation was requested. */
export function activationRequestedCard(change: OfferChange, now: Date, t: Translate, locale: Locale): Attachment {
  return actionDoneCard({
    title: t('offers.activated.title', { offer: change.offer.name }),
    text: t('offers.activated.text'),
    facts: offerFacts(change.offer, now, t, locale),
  });
}

/** What replaces the offers card once an activation was recorded as active. */
export function recordedActiveCard(change: OfferChange, now: Date, t: Translate, locale: Locale): Attachment {
  const { offer } = change;
  return actionDoneCard({
    title: t('offers.recorded.title', { offer: offer.name }),
    text: offer.expiryDate ? t('offers.recorded.text', { expires: formatDate(offer.expiryDate, locale) }) : '',
    facts: offerFacts(offer, now, t, locale),
  });
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
      data: { command: 'marketingContact', offerId: String(refusal.params.offerId) },
    },
  };
}

/** One sentence on an activation that followed another action (saving the marketing contact). */
export function activationSentence(outcome: Outcome<OfferChange>, t: Translate, locale: Locale): string {
  if (outcome.kind !== 'done') return unsuccessfulText(outcome, t, locale);
  return t('offers.activatedAfterContact', { offer: outcome.value.offer.name });
}
