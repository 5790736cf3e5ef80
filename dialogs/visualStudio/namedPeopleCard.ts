import type { Attachment } from 'botbuilder';
import { assignByNameCard } from '../../cards/namedPeople/assignByName';
import { VISUAL_STUDIO_BY_NAME_VERBS } from '../../cards/visualStudio/visualStudio.verbs';
import type { BenefitDoc, UserDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { done, type Outcome } from '../../bot/services/outcome';
import { mayTake, refreshViewers, withRefresh } from '../present/refresh';
import { MOST_OFFERED_BY_NAME, type PickRefused } from '../../cards/namedPeople/namedPeopleCardData';
import { assignByNameCardData } from '../../cards/visualStudio/assignByNameCardData';

/**
 * The people a typed name finds who do not hold the subscription yet, as a type-ahead picker finds them: in the
 * caller's company, able to hold a benefit, and only for a caller who may assign.
 */
export async function peopleNamed(
  people: AppServices['people'],
  context: ActionContext,
  benefit: BenefitDoc,
  name: string,
): Promise<Outcome<UserDoc[]>> {
  const query = { dataset: 'assignees', queryText: name, queryOptions: { top: MOST_OFFERED_BY_NAME + 1 + benefit.assignments.length } };
  const outcome = await people.search(context, query);
  if (outcome.kind !== 'done') return outcome;
  const holders = new Set(benefit.assignments.map((assignment) => assignment.assignee));
  return done(outcome.value.filter((person) => !holders.has(person.aadObjectId)));
}

/** The card of the people found, with a refusal when a press was refused; it refreshes itself to them as they are now. */
export async function namedPeopleCard(
  queries: AppServices['queries'],
  context: ActionContext,
  found: { benefit: BenefitDoc; people: readonly UserDoc[]; name: string },
  refused?: PickRefused,
): Promise<Attachment> {
  const { benefit, people, name } = found;
  const roster = await queries.people(context);
  const data = assignByNameCardData(benefit, people, name, translatorFor(context.caller.locale), refused);
  const viewers = refreshViewers(context.caller.aadObjectId, mayTake(roster.kind === 'done' ? roster.value : [], 'assignBenefit'));
  const refresh = { verb: VISUAL_STUDIO_BY_NAME_VERBS.refresh, data: { benefitId: benefit.benefitId, name } };
  return withRefresh(assignByNameCard(data, VISUAL_STUDIO_BY_NAME_VERBS), refresh, viewers);
}
