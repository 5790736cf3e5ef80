import { actionDoneCard } from '../../cards/actionDone/actionDone';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { ownNameOf } from '../../cards/language/languageCardData';
import { LANGUAGE_VERBS } from '../../cards/language/language.verbs';

/** A language button, on the language card or on the offer to keep the language just typed in. */
export function languageCardActions(services: Pick<AppServices, 'languages'>): CardActions {
  return {
    [LANGUAGE_VERBS.choose]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const outcome = await services.languages.choose(actionContext, payload);
      if (outcome.kind !== 'done') {
        const { locale } = actionContext.caller;
        await context.sendActivity(unsuccessfulText(outcome, translatorFor(locale), locale));
        return;
      }
      const chosen = outcome.value;
      const t = translatorFor(chosen);
      const card = actionDoneCard({ title: t('language.title'), text: t('language.chosen', { language: ownNameOf(chosen) }), facts: [] });
      await replaceCardOrSend(context, card);
    },
  };
}
