import { CardFactory, type Attachment } from 'botbuilder';
import { Template } from 'adaptivecards-templating';

export type CardTemplate = Record<string, unknown>;

/**
 * Parsing a template's `${…}` expressions costs far more than binding data to them, and a prepared template can be
 * bound again and again: each template is prepared once per process.
 */
const preparedTemplates = new WeakMap<CardTemplate, Template>();

function prepared(template: CardTemplate): Template {
  let prepared = preparedTemplates.get(template);
  if (!prepared) {
    prepared = new Template(template);
    preparedTemplates.set(template, prepared);
  }
  return prepared;
}

/** Expands an Adaptive Card template with its data; the data carries already-translated strings. */
export function expandCard(template: CardTemplate, data: object): Record<string, unknown> {
  return prepared(template).expand({ $root: data }) as Record<string, unknown>;
}

export function cardAttachment(template: CardTemplate, data: object): Attachment {
  return CardFactory.adaptiveCard(expandCard(template, data));
}
