import type { Attachment, TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { Outcome } from '../../bot/services/outcome';
import { actionContextOf, callerOf } from '../turn';
import { unsuccessfulText } from './outcomeText';

/** A conversation of one step: the card a use case draws for the caller, or why they may not see it. */
export function singleCardDialog(dialogId: string, draw: (context: ActionContext) => Promise<Outcome<Attachment>>): WaterfallDialog {
  return new WaterfallDialog(dialogId, [
    async (step) => {
      await sendCardOrReason(step.context, await draw(actionContextOf(step.context)));
      return step.endDialog();
    },
  ]);
}

/** Sends the card a use case drew, or why the caller may not see it. */
export async function sendCardOrReason(turn: TurnContext, card: Outcome<Attachment>): Promise<void> {
  const { locale } = callerOf(turn);
  await turn.sendActivity(card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale));
}
