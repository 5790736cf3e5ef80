import type { Locale, Translate } from '../../../../bot/i18n';
import { languageChoiceCardData, languageOfferCardData } from '../../../../cards/language/languageCardData';
import type { LanguageCardData } from '../../../../cards/language/language';

/** The `language` command's card before and after a choice and with a choice refused, and the offer after a typed command. */
export function languageSamples(t: Translate, locale: Locale): Record<string, LanguageCardData> {
  return {
    choice: languageChoiceCardData({ locale }, t),
    'choice-made': languageChoiceCardData({ locale, chosenLocale: locale }, t),
    'choice-refused': languageChoiceCardData({ locale }, t, t('refusals.invalidInput')),
    offer: languageOfferCardData(locale),
  };
}
