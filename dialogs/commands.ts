import type { Activity } from 'botbuilder';
import { COMMANDS } from '../bot/domain/commands';
import { normalizeCommandText, phrasesFor, phrasesIn, SUPPORTED_LOCALES, type Locale } from '../bot/i18n';

const phraseIndex = new Map<string, string>(
  COMMANDS.flatMap((command) => phrasesFor(command.key).map((phrase) => [phrase, command.key] as const)),
);

/**
 * Beginnings of a command that names a person, "assign visual studio to Zoe": where a client has no type-ahead search
 * and the company is too large to list, the name is typed instead.
 */
const PERSON_COMMANDS = phrasesFor('visualStudio.toPerson').map((prefix) => ({ prefix, key: 'visualStudio' }));

/** Reads the command from a typed message (mentions removed) or from a card's `command` field. */
export function recognizeCommand(activity: Partial<Activity>): string | undefined {
  const submitted = (activity.value as { command?: unknown } | undefined)?.command;
  if (typeof submitted === 'string' && COMMANDS.some((command) => command.key === submitted)) return submitted;
  return phraseIndex.get(normalizeCommandText(messageText(activity))) ?? personCommandOf(activity)?.key;
}

/** The person a typed command names, "Zoe" of "assign visual studio to Zoe"; undefined for any other message. */
export function personNamedIn(activity: Partial<Activity>): string | undefined {
  return personCommandOf(activity)?.name;
}

function personCommandOf(activity: Partial<Activity>): { key: string; name: string } | undefined {
  const text = normalizeCommandText(messageText(activity));
  for (const { prefix, key } of PERSON_COMMANDS) {
    // A name follows a space ("… to zoe"), or, in Chinese, straight after the last character ("…分配给张伟").
    const rest = text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
    if (rest?.trim() && (rest.startsWith(' ') || /\p{Script=Han}$/u.test(prefix))) {
      return { key, name: rest.trim() };
    }
  }
  return undefined;
}

/** For each phrase, the languages it is a command in: `help` is English and Dutch, `hilfe` only German. */
const phraseLanguages = new Map<string, Locale[]>();
for (const command of COMMANDS) {
  for (const locale of SUPPORTED_LOCALES) {
    for (const phrase of phrasesIn(command.key, locale)) {
      const languages = phraseLanguages.get(phrase) ?? [];
      if (!languages.includes(locale)) phraseLanguages.set(phrase, [...languages, locale]);
    }
  }
}

/** The language of a typed command, when its words belong to only one of our languages. */
export function languageOfTypedCommand(activity: Partial<Activity>): Locale | undefined {
  const languages = phraseLanguages.get(normalizeCommandText(messageText(activity)));
  return languages?.length === 1 ? languages[0] : undefined;
}

export function messageText(activity: Partial<Activity>): string {
  return (activity.text ?? '').replace(/<at>[^<]*<\/at>/gi, '').replace(/&nbsp;/gi, ' ').trim();
}
