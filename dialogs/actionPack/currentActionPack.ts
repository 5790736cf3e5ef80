import type { TurnContext } from 'botbuilder';
import { translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { ActionPackState } from '../../bot/services/actionPackSubscription';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';

export interface CurrentActionPack {
  state: ActionPackState;
  t: Translate;
  locale: Locale;
  now: Date;
}

/** The subscription as it stands, or undefined once the caller has been told why it cannot be shown. */
export async function currentActionPack(
  context: TurnContext,
  services: Pick<AppServices, 'actionPack'>,
): Promise<CurrentActionPack | undefined> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  const outcome = await services.actionPack.state(actionContext);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, locale));
    return undefined;
  }
  return { state: outcome.value, t, locale, now: actionContext.now };
}
