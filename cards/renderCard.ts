import { CardFactory, type Attachment } from 'botbuilder';
import { Template } from 'adaptivecards-templating';

export type CardTemplate = Record<string, unknown>;

/** Expands an Adaptive Card template with its data; the data carries already-translated strings. */
export function expandCard(template: CardTemplate, data: object): Record<string, unknown> {
  return new Template(template).expand({ $root: data }) as Record<string, unknown>;
}

export function cardAttachment(template: CardTemplate, data: object): Attachment {
  return CardFactory.adaptiveCard(expandCard(template, data));
}
