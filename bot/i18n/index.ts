import i18next, { type TFunction } from 'i18next';
import { Locale, spokenLocaleOf } from '../domain/locale';
import { loadCatalogs, type Catalog } from './catalogs';
import { escapeMarkdown } from './markdown';
import { rememberingTranslator } from './rememberingTranslator';

export type { Locale };
export const SUPPORTED_LOCALES: readonly Locale[] = Locale.options;
export type Translate = TFunction;

export const catalogs: Record<Locale, Catalog> = loadCatalogs();

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  fallbackLng: 'en',
  supportedLngs: [...SUPPORTED_LOCALES],
  resources: Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [locale, { translation: catalogs[locale] }]),
  ),
  // Replies are Markdown (card text and text messages alike), not HTML: a value is escaped as Markdown, never as HTML.
  interpolation: { escapeValue: true, escape: escapeMarkdown },
  showSupportNotice: false,
  returnNull: false,
});

/** Maps a Teams locale (`de-DE`, `nl-BE`, `zh-Hans-CN`, `zh-cn`, …) to one we speak; English otherwise. */
export function resolveLocale(locale: unknown): Locale {
  return spokenLocaleOf(locale) ?? 'en';
}

const translators = new Map<Locale, Translate>();

export function translatorFor(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = rememberingTranslator(i18n.getFixedT(locale));
    translators.set(locale, translate);
  }
  return translate;
}

/** Every phrase that means a command, in any of our languages: people often type English in a German client. */
export function phrasesFor(commandKey: string): string[] {
  return SUPPORTED_LOCALES.flatMap((locale) => phrasesIn(commandKey, locale));
}

/** The phrases that mean a command in one language. */
export function phrasesIn(commandKey: string, locale: Locale): string[] {
  return translatorFor(locale)(`commands.${commandKey}.phrases`)
    .split('|')
    .map((phrase) => normalizeCommandText(phrase))
    .filter(Boolean);
}

export function normalizeCommandText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!。！]+$/u, '')
    .trim();
}
