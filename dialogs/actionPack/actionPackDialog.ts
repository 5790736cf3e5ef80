import type { TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { actionPackCard } from '../../cards/actionPack';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { actionPackCardData } from './actionPackCardData';

export const ACTION_PACK_DIALOG = 'actionPack';

export function actionPackDialog(services: Pick<AppServices, 'actionPack'>): WaterfallDialog {
  return new WaterfallDialog(ACTION_PACK_DIALOG, [
    async (step) => {
      await showActionPack(step.context, services, 'send');
      return step.endDialog();
    },
  ]);
}

/** The subscription as it stands now; after a change it replaces the card the change came from. */
export async function showActionPack(
  context: TurnContext,
  services: Pick<AppServices, 'actionPack'>,
  how: 'send' | 'replace',
): Promise<void> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  const outcome = await services.actionPack.state(actionContext);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, locale));
    return;
  }
  const card = actionPackCard(actionPackCardData(outcome.value, actionContext.now, t, locale));
  if (how === 'replace') await replaceCardOrSend(context, card);
  else await context.sendActivity({ attachments: [card] });
}
