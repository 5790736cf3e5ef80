import { Template } from 'adaptivecards-templating';
import { Cache, FOREVER } from '../../bot/domain/cache';

export type CardTemplate = Record<string, unknown>;

/**
 * The verbs a card's actions send, by the name its template reads each with (`${$root.verbs.assign}`): the template
 * never spells a verb, so the card and the handlers that answer it share one constant.
 */
export type CardVerbs = Readonly<Record<string, string>>;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** An Adaptive Card as a message carries it; the Bot Framework's attachment has the same shape. */
export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: Record<string, unknown>;
}

/**
 * Parsing a template's `${…}` expressions costs far more than binding data to them, and a prepared template can be
 * bound again and again: each template is prepared once per process.
 */
const preparedTemplates = new WeakMap<CardTemplate, { id: number; template: Template }>();
let templatesPrepared = 0;

/**
 * The same card with the same data comes up again and again (the help card of a person, the summary of a company), and
 * binding data still costs more than the rest of a reply: expanded cards are remembered, as many as this. A remembered
 * card is frozen, to the last nested object, and handed to every caller as it is: a copy per reply cost more than
 * finding the card, and a caller that changed a shared card would change it for everyone, so a change throws instead. A
 * caller that needs another card builds a new object around it, as `withRefresh` does.
 */
const expandedCards = new Cache<Record<string, unknown>>({ name: 'cards.expanded', ttlMs: FOREVER, maxEntries: 500 });

function prepared(template: CardTemplate): { id: number; template: Template } {
  let entry = preparedTemplates.get(template);
  if (!entry) {
    templatesPrepared += 1;
    entry = { id: templatesPrepared, template: new Template(template) };
    preparedTemplates.set(template, entry);
  }
  return entry;
}

/** Expands an Adaptive Card template with its data and its actions' verbs; the data carries already-translated strings. */
export function expandCard(template: CardTemplate, cardData: object, verbs?: CardVerbs): Record<string, unknown> {
  const data = verbs ? { ...cardData, verbs } : cardData;
  const entry = prepared(template);
  const key = `${entry.id}\u0000${JSON.stringify(data)}`;
  let card = expandedCards.get(key);
  if (card === undefined) {
    // Through JSON once: what is kept is exactly what a message carries, and shares no object with the data or template.
    card = deepFrozen(JSON.parse(JSON.stringify(entry.template.expand({ $root: data }))) as Record<string, unknown>);
    expandedCards.set(key, card);
  }
  return card;
}

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFrozen(child);
    Object.freeze(value);
  }
  return value;
}

export function cardAttachment(template: CardTemplate, data: object, verbs?: CardVerbs): CardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: expandCard(template, data, verbs) };
}

