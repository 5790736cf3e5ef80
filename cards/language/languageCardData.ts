import type { LanguageCardData } from './language';
import { SUPPORTED_LOCALES, translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { Caller } from '../../bot/services/caller';

/** A language by its own name, so whoever reads it finds theirs, whatever language the card is in. */
export function ownNameOf(locale: Locale): string {
  return translatorFor(locale)(`language.names.${locale}`);
}

/** What the `language` command shows: the language in use and a button for each one we speak; `error` when a choice was refused. */
export function languageChoiceCardData(caller: Pick<Caller, 'locale' | 'chosenLocale'>, t: Translate, error = ''): LanguageCardData {
  const current = ownNameOf(caller.locale);
  return {
    title: t('language.title'),
    error,
    lines: [
      caller.chosenLocale === caller.locale ? t('language.currentChosen', { language: current }) : t('language.current', { language: current }),
      t('language.prompt'),
    ],
    choices: SUPPORTED_LOCALES.map((locale) => ({ title: ownNameOf(locale), value: locale })),
  };
}

/** After an answer in the language the person just typed in: one button that keeps it. */
export function languageOfferCardData(typed: Locale): LanguageCardData {
  const t = translatorFor(typed);
  const language = ownNameOf(typed);
  return {
    title: '',
    error: '',
    lines: [t('language.offer', { language })],
    choices: [{ title: t('language.remember', { language }), value: typed }],
  };
}
