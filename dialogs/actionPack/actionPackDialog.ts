import type { TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { actionPackCard } from '../../cards/actionPack';
import type { AppServices } from '../../bot/services/appServices';
import { replaceCardOrSend } from '../present/replyCard';
import { actionPackCardData } from './actionPackCardData';
import { currentActionPack } from './currentActionPack';

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
  const current = await currentActionPack(context, services);
  if (!current) return;
  const { state, now, t, locale } = current;
  const card = actionPackCard(actionPackCardData(state, now, t, locale));
  if (how === 'replace') await replaceCardOrSend(context, card);
  else await context.sendActivity({ attachments: [card] });
}
