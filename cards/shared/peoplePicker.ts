/** One person a picker lists: the name shown, and the Entra object id submitted. */
export interface PersonChoice {
  title: string;
  value: string;
}

/**
 * A people picker (`Input.ChoiceSet`, style filtered): Teams searches `dataset` as the admin types, with the
 * `application/search` invoke; `choices` are what the card lists without typing, and all a client without that search
 * offers. `findNote` asks for a name to be typed when the list is left out; empty otherwise.
 */
export interface PeoplePicker {
  dataset: string;
  choices: PersonChoice[];
  findNote: string;
  /** The person shown as chosen, always among `choices`; empty for none. */
  value: string;
}
