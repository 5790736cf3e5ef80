import template from './assignByName.json';
import { cardAttachment, type CardAttachment, type CardVerbs } from '../shared/renderCard';

/** What the verb `pick` of the card's verbs sends for a person: whom, and what the card was about. */
export type PickedPersonData = Readonly<Record<string, string>>;

/**
 * The people a typed name found ("assign visual studio to Zoe", "marketing contact Zoe"), each with a button that
 * picks them: it assigns the benefit, or brings the form with them chosen.
 */
export interface AssignByNameData {
  title: string;
  text: string;
  /** Why the last press did nothing, when it concerns none of the people shown; empty otherwise. */
  error: string;
  people: { name: string; email: string; button: string; data: PickedPersonData; problem: string }[];
  /** Says that more people match than the card shows; empty otherwise. */
  more: string;
}

/** The card's buttons send `pick`; a card whose state can change has a `refresh` too. */
export type PickPersonVerbs = Readonly<{ pick: string; refresh?: string }>;

export function assignByNameCard(data: AssignByNameData, verbs: PickPersonVerbs & CardVerbs): CardAttachment {
  return cardAttachment(template, data, verbs);
}
