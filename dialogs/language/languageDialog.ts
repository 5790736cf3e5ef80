import { WaterfallDialog } from 'botbuilder-dialogs';
import { languageCard } from '../../cards/language/language';
import { translatorFor } from '../../bot/i18n';
import { callerOf } from '../turn';
import { languageChoiceCardData } from '../../cards/language/languageCardData';

export const LANGUAGE_DIALOG = 'language';

/** Shows the language in use and lets the person choose theirs. */
export function languageDialog(): WaterfallDialog {
  return new WaterfallDialog(LANGUAGE_DIALOG, [
    async (step) => {
      const caller = callerOf(step.context);
      await step.context.sendActivity({ attachments: [languageCard(languageChoiceCardData(caller, translatorFor(caller.locale)))] });
      return step.endDialog();
    },
  ]);
}
