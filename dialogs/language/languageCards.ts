import type { Attachment } from 'botbuilder';
import { actionDoneCard } from '../../cards/actionDone/actionDone';
import { languageCard } from '../../cards/language/language';
import { LANGUAGE_VERBS } from '../../cards/language/language.verbs';
import { translatorFor, type Locale } from '../../bot/i18n';
import type { Caller } from '../../bot/services/caller';
import { refreshViewers, withRefresh } from '../present/refresh';
import { languageChoiceCardData, languageOfferCardData, ownNameOf } from '../../cards/language/languageCardData';

/** The language card for the caller: the language in use now, whenever it is looked at again. */
export function languageChoiceCard(caller: Caller, error = ''): Attachment {
  const card = languageCard(languageChoiceCardData(caller, translatorFor(caller.locale), error));
  return withRefresh(card, { verb: LANGUAGE_VERBS.refresh, data: {} }, refreshViewers(caller.aadObjectId, []));
}

/** The offer to keep the language just typed in; once that language is chosen, looking again shows it chosen. */
export function languageOfferCard(caller: Caller, typed: Locale): Attachment {
  const card = languageCard(languageOfferCardData(typed));
  return withRefresh(card, { verb: LANGUAGE_VERBS.refresh, data: { offer: typed } }, refreshViewers(caller.aadObjectId, []));
}

/** What replaces a language button once pressed: the choice, said in the language chosen. */
export function languageChosenCard(chosen: Locale): Attachment {
  const t = translatorFor(chosen);
  return actionDoneCard({ title: t('language.title'), text: t('language.chosen', { language: ownNameOf(chosen) }), facts: [] });
}
