import { WaterfallDialog } from 'botbuilder-dialogs';
import { callerOf } from '../turn';
import { languageChoiceCard } from './languageCards';

export const LANGUAGE_DIALOG = 'language';

/** Shows the language in use and lets the person choose theirs. */
export function languageDialog(): WaterfallDialog {
  return new WaterfallDialog(LANGUAGE_DIALOG, [
    async (step) => {
      await step.context.sendActivity({ attachments: [languageChoiceCard(callerOf(step.context))] });
      return step.endDialog();
    },
  ]);
}
