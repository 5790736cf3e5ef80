import { offersContactRequiredCard } from '../../cards/offers/offersContactRequired';
import { translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { OfferChange } from '../../bot/services/goToMarketOffers';
import type { CardActions } from '../cardAction';
import { answerOutcome, currentCard, type OutcomeCards } from '../present/cardAnswer';
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
      return answerOutcome(context, outcome, offersCardEitherWay(services, actionContext, requestedNotice, (refusal) => ({ error: refusal })));
    },
    [OFFERS_VERBS.recordActive]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(
        context,
        await services.offers.recordActive(actionContext, payload),
        offersCardEitherWay(services, actionContext, recordedNotice, (refusal) => ({
          error: refusal,
          record: { offerId: payload.offerId, expires: payload.expires, problem: refusal },
        })),
      );
    },
    [OFFERS_VERBS.refresh]: async (context) => currentCard(await offersOverviewCard(services.offers, actionContextOf(context))),
  };
}

/** Either way the offers card comes back as it is now: with what was done, or with why not and the form as typed. */
function offersCardEitherWay(
  services: Services,
  context: ActionContext,
  notice: (change: OfferChange, t: Translate, locale: Locale) => string,
  refusedStatus: (refusal: string) => OffersCardStatus,
): OutcomeCards<OfferChange> {
  return {
    done: (change, t, locale) => offersOverviewCard(services.offers, context, { notice: notice(change, t, locale) }),
    refused: (refusal) => offersOverviewCard(services.offers, context, refusedStatus(refusal)),
  };
}
