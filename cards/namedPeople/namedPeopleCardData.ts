import type { AssignByNameData, PickedPersonData } from './assignByName';
import type { UserDoc } from '../../bot/domain/documents';
import type { Translate } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';

/** How many people a card of people found by name offers; more matches ask for more of the name. */
export const MOST_OFFERED_BY_NAME = 5;

/** Why a press on the card did nothing, and whom it had picked. */
export interface PickRefused {
  assignee: unknown;
  text: string;
}

/** The card's sentences, in the reader's language. */
export interface NamedPeopleWording {
  title: string;
  /** Asks to confirm the one person found, or to choose among several. */
  text: string;
  button: (person: UserDoc) => string;
  /** Says that more people match than the card shows. */
  more: string;
}

/**
 * The people a typed name found, each with a button that sends `data` for them. A refusal stands next to the person it
 * concerns, or above them all when that person is not on the card.
 */
export function namedPeopleCardData(
  found: readonly UserDoc[],
  wording: NamedPeopleWording,
  data: (person: UserDoc) => PickedPersonData,
  refused?: PickRefused,
): AssignByNameData {
  const offered = found.slice(0, MOST_OFFERED_BY_NAME);
  const concerned = offered.some((person) => person.aadObjectId === refused?.assignee);
  return {
    title: wording.title,
    text: wording.text,
    error: refused && !concerned ? refused.text : '',
    people: offered.map((person) => ({
      name: escapeMarkdown(person.displayName),
      email: escapeMarkdown(person.email),
      button: wording.button(person),
      data: data(person),
      problem: refused && person.aadObjectId === refused.assignee ? refused.text : '',
    })),
    more: found.length > offered.length ? wording.more : '',
  };
}

/** The people a name found for a form, each with a button that picks them; `keys` names the catalog entries `<keys>.title`, `.choose`, `.button`, `.more`. */
export function peopleFoundData(keys: string, found: readonly UserDoc[], name: string, t: Translate, refused?: PickRefused): AssignByNameData {
  const wording = {
    title: t(`${keys}.title`),
    text: t(`${keys}.choose`, { name }),
    button: (person: UserDoc) => t(`${keys}.button`, { person: person.displayName }),
    more: t(`${keys}.more`, { name }),
  };
  return namedPeopleCardData(found, wording, (person) => ({ assignee: person.aadObjectId, name }), refused);
}
