import { offersContactRequiredCard } from '../../cards/offersContactRequired';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { activationRequestedCard, contactRequiredData, recordedActiveCard } from './offerResults';

/** The offers card's Activate button and its record-as-active form. */
export function offerCardActions(services: Pick<AppServices, 'offers'>): CardActions {
  return {
    'offer.activate': async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.offers.activate(actionContext, payload);
      if (outcome.kind === 'done') {
        await replaceCardOrSend(context, activationRequestedCard(outcome.value, actionContext.now, t, locale));
      } else if (outcome.kind === 'refused' && outcome.code === 'marketingContactRequired') {
        await context.sendActivity({ attachments: [offersContactRequiredCard(contactRequiredData(outcome, t, locale))] });
      } else {
        await context.sendActivity(unsuccessfulText(outcome, t, locale));
      }
    },
    'offer.recordActive': async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.offers.recordActive(actionContext, payload);
      if (outcome.kind === 'done') {
        await replaceCardOrSend(context, recordedActiveCard(outcome.value, actionContext.now, t, locale));
      } else {
        await context.sendActivity(unsuccessfulText(outcome, t, locale));
      }
    },
  };
}
