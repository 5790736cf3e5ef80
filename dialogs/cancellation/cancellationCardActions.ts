import { actionDoneCard } from '../../cards/actionDone/actionDone';
import { cancellationCard } from '../../cards/cancellation/cancellation';
import type { AppServices } from '../../bot/services/appServices';
import { MAX_REASON_LENGTH } from '../../bot/services/cancellations';
import type { CardActions } from '../cardAction';
import { answerOutcome } from '../present/cardAnswer';
import { actionContextOf } from '../turn';
import { cancellationCardData, cancellationFiledCardData } from '../../cards/cancellation/cancellationCardData';
import { CANCELLATION_VERBS } from '../../cards/cancellation/cancellation.verbs';

/**
 * The File request / File without refund button of the confirmation card. A refusal brings the confirmation back as the
 * rules judge the target now, with the reason typed and why it was not filed.
 */
export function cancellationCardActions(services: Pick<AppServices, 'cancellations'>): CardActions {
  return {
    [CANCELLATION_VERBS.file]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(context, await services.cancellations.file(actionContext, payload), {
        done: (filed, t, locale) => actionDoneCard(cancellationFiledCardData(filed, t, locale)),
        refused: async (refusal, _outcome, t, locale) => {
          const { target, reason } = payload;
          if (typeof target !== 'string' || typeof reason !== 'string') return undefined;
          const assessed = await services.cancellations.assess(actionContext, target);
          if (assessed.kind !== 'done') return undefined;
          return cancellationCard(cancellationCardData(assessed.value, reason.slice(0, MAX_REASON_LENGTH), t, locale, refusal));
        },
      });
    },
  };
}
