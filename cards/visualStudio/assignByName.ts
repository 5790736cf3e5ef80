import template from './assignByName.json';
import { cardAttachment, type CardAttachment } from '../shared/renderCard';

/** What pressing a person's button sends: the same assignment the subscription card's picker makes. */
export interface AssignByNameSubmit {
  action: 'benefit.assign';
  benefitId: string;
  assignee: string;
}

/** The people a typed name found, each with a button that assigns the subscription to them. */
export interface AssignByNameData {
  title: string;
  text: string;
  people: { name: string; email: string; button: string; data: AssignByNameSubmit }[];
  /** Says that more people match than the card shows; empty otherwise. */
  more: string;
}

export function assignByNameCard(data: AssignByNameData): CardAttachment {
  return cardAttachment(template, data);
}
