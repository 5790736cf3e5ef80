import { AdaptiveCard, SerializationContext, Versions, type Input } from 'adaptivecards';
import { trackPropertyReads } from './propertyReads';

export type CardJson = Record<string, unknown>;

export interface CardCheck {
  name: string;
  /** What is wrong with the expanded card; empty when it passes. */
  problems(card: CardJson): string[];
}

/** Teams shows nothing but an error for a card message larger than this. */
export const MAX_CARD_BYTES = 28 * 1024;

/** Properties the card format defines that the library reads only in some cases, and Teams' own extensions. */
const PROPERTIES_READ_ELSEWHERE: Record<string, readonly string[]> = {
  // The library reads `fallback` only when it cannot render an element.
  '*': ['fallback'],
  // Teams' extension of the card (full width, mentions).
  $: ['msteams'],
};

function parse(card: CardJson): { parsed: AdaptiveCard; context: SerializationContext } {
  const parsed = new AdaptiveCard();
  const context = new SerializationContext(Versions.v1_5);
  parsed.parse(card, context);
  return { parsed, context };
}

function inputs(card: CardJson): Input[] {
  return parse(card).parsed.getAllInputs();
}

function strings(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => strings(value, `${path}.${key}`));
  return [];
}

function keys(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => keys(item, `${path}[${index}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => [`${path}.${key}`, ...keys(value, `${path}.${key}`)]);
  }
  return [];
}

export const versionCheck: CardCheck = {
  name: 'is an Adaptive Card of version 1.5, the newest Teams renders',
  problems: (card) =>
    card.type === 'AdaptiveCard' && card.version === '1.5'
      ? []
      : [`type ${JSON.stringify(card.type)} version ${JSON.stringify(card.version)}, not AdaptiveCard 1.5`],
};

/**
 * Teams renders a people picker's dynamic type-ahead (`choices.data`, a Data.Query) on 1.5 cards; the library ties the
 * property to 1.6 and says so, which is no problem in Teams.
 */
const TEAMS_ON_VERSION_1_5 = /^Property "choices\.data" is supported in version 1\.6, but you are using version 1\.5\.$/;

export const parseEventsCheck: CardCheck = {
  name: 'parses for version 1.5 without a parse event',
  problems: (card) => {
    const { context } = parse(card);
    return Array.from({ length: context.eventCount }, (_, index) => context.getEventAt(index).message)
      .filter((message) => !TEAMS_ON_VERSION_1_5.test(message))
      .map((message) => `parse: ${message}`);
  },
};

export const validationEventsCheck: CardCheck = {
  name: 'passes the library validation without an event',
  problems: (card) => parse(card).parsed.validateProperties().validationEvents.map((event) => `validation: ${event.message}`),
};

export const unknownPropertiesCheck: CardCheck = {
  name: 'has no property the library does not know',
  problems: (card) => {
    const reads = trackPropertyReads(card);
    new AdaptiveCard().parse(reads.tracked, new SerializationContext(Versions.v1_5));
    return reads.unread().flatMap(({ path, keys: unread }) =>
      unread
        .filter((key) => !PROPERTIES_READ_ELSEWHERE['*'].includes(key) && !(PROPERTIES_READ_ELSEWHERE[path] ?? []).includes(key))
        .map((key) => `${path}.${key} is not a property the library knows`),
    );
  },
};

export const templateResolvedCheck: CardCheck = {
  name: 'has every template expression resolved',
  problems: (card) => [
    ...strings(card, '$').filter(([, text]) => text.includes('${')).map(([path, text]) => `${path} still holds ${JSON.stringify(text)}`),
    ...keys(card, '$')
      .filter((path) => /\.\$(data|when)$/.test(path))
      .map((path) => `${path} is a template keyword left in the card`),
  ],
};

export const inputLabelsCheck: CardCheck = {
  name: 'labels every input',
  problems: (card) => inputs(card).filter((input) => !input.label?.trim()).map((input) => `input ${input.id} has no label`),
};

export const requiredInputMessagesCheck: CardCheck = {
  name: 'gives every required input an error message',
  problems: (card) =>
    inputs(card)
      .filter((input) => input.isRequired && !input.errorMessage?.trim())
      .map((input) => `required input ${input.id} has no error message`),
};

export const sizeCheck: CardCheck = {
  name: `stays under ${MAX_CARD_BYTES / 1024} KB`,
  problems: (card) => {
    const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
    return bytes < MAX_CARD_BYTES ? [] : [`the card is ${bytes} bytes, the limit ${MAX_CARD_BYTES}`];
  },
};

export const CARD_CHECKS: readonly CardCheck[] = [
  versionCheck,
  parseEventsCheck,
  validationEventsCheck,
  unknownPropertiesCheck,
  templateResolvedCheck,
  inputLabelsCheck,
  requiredInputMessagesCheck,
  sizeCheck,
];
