import type { TurnContext } from 'botbuilder';
import { actionPackCard } from '../../cards/actionPack';
import { actionPackTurnOffCard } from '../../cards/actionPackTurnOff';
import { translatorFor, type Translate } from '../../bot/i18n';
import type { ActionPackState } from '../../bot/services/actionPackSubscription';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions } from '../cardAction';
import { formatDate } from '../present/formatting';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { actionPackCardData, actionPackTurnOffCardData } from './actionPackCardData';
import { showActionPack } from './actionPackDialog';
import { currentActionPack } from './currentActionPack';

type Services = Pick<AppServices, 'actionPack'>;

/** The buttons of the Action Pack card and of the turn-off confirmation. */
export function actionPackCardActions(services: Services): CardActions {
  return {
    'actionPack.show': async (context) => showActionPack(context, services, 'replace'),
    'actionPack.confirmTurnOff': async (context) => {
      const current = await currentActionPack(context, services);
      if (!current) return;
      await replaceCardOrSend(context, actionPackTurnOffCard(actionPackTurnOffCardData(current.state, current.t, current.locale)));
    },
    'actionPack.turnOff': async (context, payload) => {
      const outcome = await services.actionPack.turnOffAutoRenew(actionContextOf(context), payload);
      await answer(context, outcome, (state, t, date) => t('actionPack.done.turnedOff', { renewalDate: date(state.renewalDate) }));
    },
    'actionPack.turnOn': async (context, payload) => {
      const outcome = await services.actionPack.turnOnAutoRenew(actionContextOf(context), payload);
      await answer(context, outcome, (_state, t) => t('actionPack.done.turnedOn'));
    },
    'actionPack.recordRenewal': async (context, payload) => {
      const outcome = await services.actionPack.recordRenewal(actionContextOf(context), payload);
      await answer(context, outcome, (state, t, date) =>
        t('actionPack.done.renewed', { renewalDate: date(state.actionPack.lastRenewalDate!), nextRenewal: date(state.renewalDate) }),
      );
    },
  };
}

async function answer(
  context: TurnContext,
  outcome: Outcome<ActionPackState>,
  notice: (state: ActionPackState, t: Translate, date: (isoDate: string) => string) => string,
): Promise<void> {
  const { caller, now } = actionContextOf(context);
  const t = translatorFor(caller.locale);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, caller.locale));
    return;
  }
  const date = (isoDate: string) => formatDate(isoDate, caller.locale);
  const text = notice(outcome.value, t, date);
  await replaceCardOrSend(context, actionPackCard(actionPackCardData(outcome.value, now, t, caller.locale, text)));
}
