import type { Attachment } from 'botbuilder';
import { actionPackCard } from '../../cards/actionPack';
import { actionPackTurnOffCard } from '../../cards/actionPackTurnOff';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { done, type Outcome } from '../../bot/services/outcome';
import { withRefresh } from '../present/refresh';
import { actionPackCardData, actionPackTurnOffCardData, type ActionPackCardStatus } from './actionPackCardData';

/** The verb the Action Pack card, and the warning that took its place, refresh with. */
export const SHOW_ACTION_PACK = 'actionPack.show';

type Services = Pick<AppServices, 'actionPack'>;

/** The subscription's card as it stands now for the caller; it refreshes itself. */
export async function actionPackOverviewCard(
  services: Services,
  context: ActionContext,
  status?: ActionPackCardStatus,
): Promise<Outcome<Attachment>> {
  const outcome = await services.actionPack.state(context);
  if (outcome.kind !== 'done') return outcome;
  const { locale } = context.caller;
  const card = actionPackCard(actionPackCardData(outcome.value, context.now, translatorFor(locale), locale, status));
  return done(refreshing(card, context));
}

/** The warning before automatic renewal goes off; until confirmed, it refreshes back to the subscription. */
export async function actionPackTurnOffWarning(services: Services, context: ActionContext): Promise<Outcome<Attachment>> {
  const outcome = await services.actionPack.state(context);
  if (outcome.kind !== 'done') return outcome;
  const { locale } = context.caller;
  return done(refreshing(actionPackTurnOffCard(actionPackTurnOffCardData(outcome.value, translatorFor(locale), locale)), context));
}

function refreshing(card: Attachment, context: ActionContext): Attachment {
  const reader = context.caller.aadObjectId;
  return withRefresh(card, { verb: SHOW_ACTION_PACK, data: {} }, reader ? [reader] : []);
}
