import type { Choice } from '../shared/choice';
import type { Locale } from '../../bot/i18n';
import { MARKETING_LANGUAGES } from '../../bot/domain/marketingContact';

/** A language tag (`pt-BR`) by its name in the reader's language (`Portugiesisch (Brasilien)`). */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The languages a marketing contact can prefer, named and sorted for the reader. */
export function languageChoices(locale: Locale): Choice[] {
  return MARKETING_LANGUAGES.map((tag) => ({ title: languageName(tag, locale), value: tag })).sort((a, b) =>
    a.title.localeCompare(b.title, locale),
  );
}
