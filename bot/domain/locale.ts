import { z } from 'zod';

export const Locale = z.enum(['en', 'de', 'nl', 'zh-CN']);
export type Locale = z.infer<typeof Locale>;

/**
 * The locale we speak for a language tag (`de-DE`, `nl-BE`, `zh-Hans-CN`, `en-GB`, …), or undefined for a language we
 * do not speak. The tag comes from outside: anything but a string counts as none.
 */
export function spokenLocaleOf(tag: unknown): Locale | undefined {
  const normalized = (typeof tag === 'string' ? tag : '').trim().toLowerCase().replace(/_/g, '-');
  const language = normalized.split('-')[0];
  if (language === 'zh') return 'zh-CN';
  if (language === 'de') return 'de';
  if (language === 'nl') return 'nl';
  if (language === 'en') return 'en';
  return undefined;
}

/** What is known about the language a person reads, each source may be missing. */
export interface LocaleSources {
  /** What the person chose with the `language` command. */
  chosen?: Locale;
  /** The locale of the Teams client that sent the activity. */
  client?: unknown;
  /** The roster's preferred language for the person. */
  roster?: Locale;
  /** The company's default. */
  company?: Locale;
}

/** The person's own choice, else the client's locale when we speak it, else the roster's, else the company's. */
export function answerLocale(sources: LocaleSources): Locale {
  return sources.chosen ?? spokenLocaleOf(sources.client) ?? sources.roster ?? sources.company ?? 'en';
}
