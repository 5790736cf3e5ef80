import type { TurnContext } from 'botbuilder';
import type { Translate } from '../../bot/i18n';
import type { ActionPackState } from '../../bot/services/actionPackSubscription';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions, CardAnswer } from '../cardAction';
import { answerOutcome, answerWithCard } from '../present/cardAnswer';
import { formatDate } from '../../cards/shared/formatting';
import { actionContextOf } from '../turn';
import type { ActionPackCardStatus } from '../../cards/actionPack/actionPackCardData';
import { actionPackOverviewCard, actionPackTurnOffWarning } from './currentActionPack';
import { ACTION_PACK_VERBS } from '../../cards/actionPack/actionPack.verbs';

type Services = Pick<AppServices, 'actionPack'>;

/** The buttons of the Action Pack card and of the turn-off warning; each answers with the card that takes its place. */
export function actionPackCardActions(services: Services): CardActions {
  return {
    [ACTION_PACK_VERBS.refresh]: async (context) => answerWithCard(context, await actionPackOverviewCard(services, actionContextOf(context))),
    [ACTION_PACK_VERBS.confirmTurnOff]: async (context) =>
      answerWithCard(context, await actionPackTurnOffWarning(services, actionContextOf(context))),
    [ACTION_PACK_VERBS.turnOff]: async (context, payload) => {
      const outcome = await services.actionPack.turnOffAutoRenew(actionContextOf(context), payload);
      return answer(services, context, outcome, (state, t, date) => t('actionPack.done.turnedOff', { renewalDate: date(state.renewalDate) }));
    },
    [ACTION_PACK_VERBS.turnOn]: async (context, payload) => {
      const outcome = await services.actionPack.turnOnAutoRenew(actionContextOf(context), payload);
      return answer(services, context, outcome, (_state, t) => t('actionPack.done.turnedOn'));
    },
    [ACTION_PACK_VERBS.recordRenewal]: async (context, payload) => {
      const outcome = await services.actionPack.recordRenewal(actionContextOf(context), payload);
      return answer(
        services,
        context,
        outcome,
        (state, t, date) =>
          t('actionPack.done.renewed', { renewalDate: date(state.actionPack.lastRenewalDate!), nextRenewal: date(state.renewalDate) }),
        (problem) => ({ value: payload.renewalDate, problem }),
      );
    },
  };
}

/** Either way the subscription's card comes back as it is now: with what was done, or with why not. */
function answer(
  services: Services,
  context: TurnContext,
  outcome: Outcome<ActionPackState>,
  notice: (state: ActionPackState, t: Translate, date: (isoDate: string) => string) => string,
  renewal?: (problem: string) => ActionPackCardStatus['renewal'],
): Promise<CardAnswer> {
  const actionContext = actionContextOf(context);
  return answerOutcome(context, outcome, {
    done: (state, t, locale) =>
      actionPackOverviewCard(services, actionContext, { notice: notice(state, t, (isoDate) => formatDate(isoDate, locale)) }),
    refused: (refusal) => actionPackOverviewCard(services, actionContext, { error: refusal, renewal: renewal?.(refusal) }),
  });
}
