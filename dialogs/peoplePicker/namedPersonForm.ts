import type { Activity, Attachment } from 'botbuilder';
import { assignByNameCard, type PickPersonVerbs } from '../../cards/namedPeople/assignByName';
import type { UserDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import type { PeopleDataset } from '../../bot/services/peopleSearch';
import type { CardActionHandler } from '../cardAction';
import { answerWithCard } from '../present/cardAnswer';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { MOST_OFFERED_BY_NAME, peopleFoundData, type PickRefused } from '../../cards/namedPeople/namedPeopleCardData';

/**
 * A form whose person is named in the command instead of picked on it ("assign technical support to Zoe", "marketing
 * contact Zoe"), for clients without type-ahead search and companies too large to list.
 */
export interface NamedPersonForm {
  /** Whom the form's picker offers; the name is searched as that picker searches. */
  dataset: PeopleDataset;
  /** The catalog keys of the card of people found: `<keys>.title`, `.choose`, `.button`, `.more`, `.nobody`. */
  keys: string;
  verbs: PickPersonVerbs;
  /** The form with the person chosen, or why the caller cannot have it. */
  form: (context: ActionContext, person: UserDoc) => Promise<Outcome<Attachment>>;
}

type People = AppServices['people'];

function searchNamed(people: People, context: ActionContext, dataset: PeopleDataset, name: string): Promise<Outcome<UserDoc[]>> {
  return people.search(context, { dataset, queryText: name, queryOptions: { top: MOST_OFFERED_BY_NAME + 1 } });
}

function peopleFoundCard(named: NamedPersonForm, context: ActionContext, found: readonly UserDoc[], name: string, refused?: PickRefused): Attachment {
  const data = peopleFoundData(named.keys, found, name, translatorFor(context.caller.locale), refused);
  return assignByNameCard(data, named.verbs);
}

/** The answer to the typed command: the form with the one person found, a card to choose among several, or why not. */
export async function answerNamedPerson(
  people: People,
  named: NamedPersonForm,
  context: ActionContext,
  name: string,
): Promise<Partial<Activity> | string> {
  const { locale } = context.caller;
  const t = translatorFor(locale);
  const found = await searchNamed(people, context, named.dataset, name);
  if (found.kind !== 'done') return unsuccessfulText(found, t, locale);
  if (found.value.length === 0) return t(`${named.keys}.nobody`, { name });
  if (found.value.length > 1) return { attachments: [peopleFoundCard(named, context, found.value, name)] };
  const form = await named.form(context, found.value[0]);
  return form.kind === 'done' ? { attachments: [form.value] } : unsuccessfulText(form, t, locale);
}

/**
 * A person's button on the card of people found: the form with them chosen, once the server has checked that the caller
 * may pick them. A refusal brings the same people back with the reason next to the one pressed.
 */
export function pickNamedPerson(services: Pick<AppServices, 'people'>, named: NamedPersonForm): CardActionHandler {
  return async (context, payload) => {
    const { people } = services;
    const { name, ...picked } = payload;
    const actionContext = actionContextOf(context);
    const { locale } = actionContext.caller;
    const t = translatorFor(locale);
    const person = await people.pick(actionContext, named.dataset, picked);
    if (person.kind === 'done') {
      return answerWithCard(context, await named.form(actionContext, person.value));
    }
    const refusal = unsuccessfulText(person, t, locale);
    const found = typeof name === 'string' ? await searchNamed(people, actionContext, named.dataset, name) : undefined;
    if (found?.kind !== 'done' || found.value.length === 0) return { refusal };
    return { card: peopleFoundCard(named, actionContext, found.value, String(name), { assignee: picked.assignee, text: refusal }), refusal };
  };
}
