import { actionDoneCard } from '../../cards/actionDone/actionDone';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { answerOutcome } from '../present/cardAnswer';
import { actionContextOf } from '../turn';
import { ownNameOf } from '../../cards/language/languageCardData';
import { LANGUAGE_VERBS } from '../../cards/language/language.verbs';

/** A language button, on the language card or on the offer to keep the language just typed in. */
export function languageCardActions(services: Pick<AppServices, 'languages'>): CardActions {
  return {
    [LANGUAGE_VERBS.choose]: async (context, payload) =>
      answerOutcome(context, await services.languages.choose(actionContextOf(context), payload), {
        // Said in the language just chosen, not the one the turn began in.
        done: (chosen) => {
          const t = translatorFor(chosen);
          return actionDoneCard({ title: t('language.title'), text: t('language.chosen', { language: ownNameOf(chosen) }), facts: [] });
        },
      }),
  };
}
