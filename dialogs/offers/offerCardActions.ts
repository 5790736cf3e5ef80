import type { TurnContext } from 'botbuilder';
import { offersContactRequiredCard } from '../../cards/offers/offersContactRequired';
import { translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { OfferChange } from '../../bot/services/goToMarketOffers';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions, CardAnswer } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { withRefresh } from '../present/refresh';
import { actionContextOf } from '../turn';
import { contactRequiredData, recordedNotice, requestedNotice } from './offerResults';
import type { OffersCardStatus } from '../../cards/offers/offersCardData';
import { offersOverviewCard, SHOW_OFFERS } from './offersOverviewCard';
import { OFFERS_VERBS } from '../../cards/offers/offers.verbs';

type Services = Pick<AppServices, 'offers'>;

/** The offers card's Activate button, its record-as-active form, and its refresh. */
export function offerCardActions(services: Services): CardActions {
  return {
    [OFFERS_VERBS.activate]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const outcome = await services.offers.activate(actionContext, payload);
      if (outcome.kind === 'refused' && outcome.code === 'marketingContactRequired') {
        const { locale, aadObjectId } = actionContext.caller;
        // Once the contact is registered and the activation continued, the card shows the offers as they are then.
        const card = offersContactRequiredCard(contactRequiredData(outcome, translatorFor(locale), locale));
        return { card: withRefresh(card, SHOW_OFFERS, aadObjectId ? [aadObjectId] : []) };
      }
      return answer(services, context, outcome, requestedNotice, (refusal) => ({ error: refusal }));
    },
    [OFFERS_VERBS.recordActive]: async (context, payload) => {
      const outcome = await services.offers.recordActive(actionContextOf(context), payload);
      return answer(services, context, outcome, recordedNotice, (refusal) => ({
        error: refusal,
        record: { offerId: payload.offerId, expires: payload.expires, problem: refusal },
      }));
    },
    [OFFERS_VERBS.refresh]: async (context) => {
      const card = await offersOverviewCard(services.offers, actionContextOf(context));
      return card.kind === 'done' ? { card: card.value } : undefined;
    },
  };
}

/** Either way the offers card comes back as it is now: with what was done, or with why not and the form as typed. */
async function answer(
  services: Services,
  context: TurnContext,
  outcome: Outcome<OfferChange>,
  notice: (change: OfferChange, t: Translate, locale: Locale) => string,
  refusedStatus: (refusal: string) => OffersCardStatus,
): Promise<CardAnswer> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  const refusal = outcome.kind === 'done' ? undefined : unsuccessfulText(outcome, t, locale);
  const status = outcome.kind === 'done' ? { notice: notice(outcome.value, t, locale) } : refusedStatus(refusal!);
  const card = await offersOverviewCard(services.offers, actionContext, status);
  if (card.kind === 'done') return { card: card.value, refusal };
  return { refusal: refusal ?? unsuccessfulText(card, t, locale) };
}
