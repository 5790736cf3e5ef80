import { actionDoneCard } from '../../cards/actionDone';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { cancellationFiledCardData } from './cancellationCardData';

/** The File request / File without refund button of the confirmation card. */
export function cancellationCardActions(services: Pick<AppServices, 'cancellations'>): CardActions {
  return {
    'cancellation.file': async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.cancellations.file(actionContext, payload);
      if (outcome.kind !== 'done') {
        await context.sendActivity(unsuccessfulText(outcome, t, locale));
        return;
      }
      await replaceCardOrSend(context, actionDoneCard(cancellationFiledCardData(outcome.value, t, locale)));
    },
  };
}
