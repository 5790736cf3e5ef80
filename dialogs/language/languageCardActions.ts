import { SUPPORTED_LOCALES } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { answerOutcome } from '../present/cardAnswer';
import { actionContextOf, callerOf } from '../turn';
import { LANGUAGE_VERBS } from '../../cards/language/language.verbs';
import { languageChoiceCard, languageChosenCard, languageOfferCard } from './languageCards';

/**
 * A language button, on the language card or on the offer to keep the language just typed in: answered with the choice
 * in the language chosen, or with the language card and the reason it was not taken. And both cards' refresh.
 */
export function languageCardActions(services: Pick<AppServices, 'languages'>): CardActions {
  return {
    [LANGUAGE_VERBS.choose]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(context, await services.languages.choose(actionContext, payload), {
        // Said in the language just chosen, not the one the turn began in.
        done: (chosen) => languageChosenCard(chosen),
        refused: (refusal) => languageChoiceCard(actionContext.caller, refusal),
      });
    },
    [LANGUAGE_VERBS.refresh]: (context, payload) => {
      const caller = callerOf(context);
      const offered = SUPPORTED_LOCALES.find((locale) => locale === payload.offer);
      const card = !offered ? languageChoiceCard(caller) : caller.chosenLocale === offered ? languageChosenCard(offered) : languageOfferCard(caller, offered);
      return Promise.resolve({ card });
    },
  };
}
