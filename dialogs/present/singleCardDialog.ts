import type { Attachment } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { Outcome } from '../../bot/services/outcome';
import { actionContextOf } from '../turn';
import { unsuccessfulText } from './outcomeText';

/** A conversation of one step: the card a use case draws for the caller, or why they may not see it. */
export function singleCardDialog(dialogId: string, draw: (context: ActionContext) => Promise<Outcome<Attachment>>): WaterfallDialog {
  return new WaterfallDialog(dialogId, [
    async (step) => {
      const context = actionContextOf(step.context);
      const { locale } = context.caller;
      const card = await draw(context);
      await step.context.sendActivity(card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale));
      return step.endDialog();
    },
  ]);
}
