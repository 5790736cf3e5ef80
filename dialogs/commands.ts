import type { Activity } from 'botbuilder';
import { COMMANDS } from '../bot/domain/commands';
import { normalizeCommandText, phrasesFor, phrasesIn, SUPPORTED_LOCALES, type Locale } from '../bot/i18n';

const phraseIndex = new Map<string, string>(
  COMMANDS.flatMap((command) => phrasesFor(command.key).map((phrase) => [phrase, command.key] as const)),
);

/** Where a phrase of a command that names a person has the name; a phrase without it is followed by the name. */
const NAME_PLACE = '{name}';

/**
 * Commands that name a person, "assign visual studio to Zoe" or "make Zoe the marketing contact": where a client has no
 * type-ahead search and the company is too large to list, the name is typed instead. Longer phrases are tried first, so
 * "set marketing contact to zoe" names zoe, not "to zoe".
 */
const PERSON_COMMANDS = (['visualStudio', 'technical', 'marketingContact'] as const)
  .flatMap((key) => phrasesFor(`${key}.toPerson`).map((phrase) => ({ pattern: personPattern(phrase), key, length: phrase.length })))
  .sort((a, b) => b.length - a.length);

function personPattern(phrase: string): RegExp {
  const withName = phrase.includes(NAME_PLACE) ? phrase : `${phrase} ${NAME_PLACE}`;
  const [before, after] = withName.split(NAME_PLACE).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Chinese writes the name straight after or before the phrase's characters ("…分配给张伟"): the space may be left out.
  const hanSpace = (text: string) => text.replace(/(?<=\p{Script=Han}) $|^ (?=\p{Script=Han})/u, ' ?');
  return new RegExp(`^${hanSpace(before)}(.+?)${hanSpace(after)}$`, 'u');
}

/** Reads the command from a typed message (mentions removed) or from a card's `command` field. */
export function recognizeCommand(activity: Partial<Activity>): string | undefined {
  const submitted = (activity.value as { command?: unknown } | undefined)?.command;
  if (typeof submitted === 'string' && COMMANDS.some((command) => command.key === submitted)) return submitted;
  return phraseIndex.get(normalizeCommandText(messageText(activity))) ?? personCommandOf(activity)?.key;
}

/** The person a typed command names, "Zoe" of "assign visual studio to Zoe"; undefined for any other message or command. */
export function personNamedIn(activity: Partial<Activity>, commandKey: string): string | undefined {
  const command = personCommandOf(activity);
  return command?.key === commandKey ? command.name : undefined;
}

function personCommandOf(activity: Partial<Activity>): { key: string; name: string } | undefined {
  const text = normalizeCommandText(messageText(activity));
  for (const { pattern, key } of PERSON_COMMANDS) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name) return { key, name };
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
