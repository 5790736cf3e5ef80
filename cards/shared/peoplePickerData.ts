import type { UserDoc } from '../../bot/domain/documents';
import { mayReceiveBenefits } from '../../bot/domain/recipient';
import type { Translate } from '../../bot/i18n';
import type { PeopleDataset } from '../../bot/services/peopleSearch';
import type { PeoplePicker } from './peoplePicker';

export interface PeoplePickerData extends PeoplePicker {
  /** How many people the picker can find. */
  available: number;
}

/**
 * A card must stay under 28 KB, and the technical card has a picker for each benefit: the people are listed on the
 * card when the choices of all its pickers fit in this budget, and there are no more of them than anyone reads through.
 * Clients without type-ahead search (the Agents Playground) can then still pick from a small company's list.
 */
const PICKERS_BYTE_BUDGET = 14 * 1024;
const MOST_LISTED = 100;
/** A choice's bytes besides its title and value: `{"title":"","value":""},`. */
const CHOICE_OVERHEAD_BYTES = 24;
/** Listed when the others are not: a picker needs some choice, and a client without search a few to start with. */
const FIRST_LISTED = 5;

export interface PickerOptions {
  dataset: PeopleDataset;
  /** How many people pickers the card holds. */
  pickersOnCard: number;
  /** Who is not offered, such as those who hold the benefit already. */
  exclude?: ReadonlySet<string>;
  /**
   * The person the picker shows as chosen (the one picked on a card sent back refused): listed even when most others
   * are not, so the choice shows by name. Someone the picker does not offer is not shown as chosen.
   */
  selected?: unknown;
}

/** The people of the roster the picker offers (never an account tied only to CSP), listed while they fit on the card. */
export function peoplePickerData(roster: readonly UserDoc[], options: PickerOptions, t: Translate): PeoplePickerData {
  const candidates = roster.filter((person) => mayReceiveBenefits(person) && !options.exclude?.has(person.aadObjectId));
  const choices = candidates.map((person) => ({ title: person.displayName, value: person.aadObjectId }));
  const budget = PICKERS_BYTE_BUDGET / Math.max(1, options.pickersOnCard);
  let bytes = 0;
  const fits =
    choices.length <= MOST_LISTED &&
    choices.every((choice) => (bytes += Buffer.byteLength(choice.title) + Buffer.byteLength(choice.value) + CHOICE_OVERHEAD_BYTES) <= budget);
  const selected = choices.some((choice) => choice.value === options.selected) ? String(options.selected) : '';
  return {
    dataset: options.dataset,
    value: selected,
    choices: fits
      ? choices
      : choices.filter((choice, index) => index < FIRST_LISTED || choice.value === selected),
    available: candidates.length,
    findNote: fits ? '' : t('people.typeToFind', { number: candidates.length }),
  };
}

/** Where the picker lists only a few, says that the name can be typed in a command too, for clients without search. */
export function withNameHint(picker: PeoplePickerData, hint: string): PeoplePickerData {
  return picker.findNote ? { ...picker, findNote: `${picker.findNote} ${hint}` } : picker;
}
