import type { Attachment } from 'botbuilder';
import { actionPackCard } from '../../cards/actionPack/actionPack';
import { actionPackTurnOffCard } from '../../cards/actionPack/actionPackTurnOff';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { ActionPackState } from '../../bot/services/actionPackSubscription';
import type { Outcome } from '../../bot/services/outcome';
import { refreshingCard, refreshViewers } from '../present/refresh';
import { actionPackCardData, actionPackTurnOffCardData, type ActionPackCardStatus } from '../../cards/actionPack/actionPackCardData';
import { ACTION_PACK_VERBS } from '../../cards/actionPack/actionPack.verbs';

/** What the Action Pack card, and the warning that took its place, refresh with. */
const SHOWN = { verb: ACTION_PACK_VERBS.refresh, data: {} };

type Services = Pick<AppServices, 'actionPack'>;

/** The subscription's card as it stands now for the caller; it refreshes itself. */
export async function actionPackOverviewCard(
  services: Services,
  context: ActionContext,
  status?: ActionPackCardStatus,
): Promise<Outcome<Attachment>> {
  const { locale } = context.caller;
  const draw = (state: ActionPackState) => actionPackCard(actionPackCardData(state, context.now, translatorFor(locale), locale, status));
  return refreshingCard(await services.actionPack.state(context), draw, SHOWN, () => refreshViewers(context.caller.aadObjectId, []));
}

/** The warning before automatic renewal goes off; until confirmed, it refreshes back to the subscription. */
export async function actionPackTurnOffWarning(services: Services, context: ActionContext): Promise<Outcome<Attachment>> {
  const { locale } = context.caller;
  const draw = (state: ActionPackState) => actionPackTurnOffCard(actionPackTurnOffCardData(state, translatorFor(locale), locale));
  return refreshingCard(await services.actionPack.state(context), draw, SHOWN, () => refreshViewers(context.caller.aadObjectId, []));
}
