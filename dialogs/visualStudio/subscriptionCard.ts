import type { Attachment } from 'botbuilder';
import { visualStudioCard } from '../../cards/visualStudio/visualStudio';
import type { BenefitDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { mayTake, refreshViewers, withRefresh } from '../present/refresh';
import { visualStudioCardData, type PickedPeople } from '../../cards/visualStudio/visualStudioCardData';
import { VISUAL_STUDIO_VERBS } from '../../cards/visualStudio/visualStudio.verbs';

/** What the last action on the card did, or why it did nothing and whom it had picked. */
export interface CardStatus {
  notice?: string;
  error?: string;
  picked?: PickedPeople;
}

type Queries = AppServices['queries'];

/** A subscription's card as it stands now for the caller; it refreshes itself for whoever opens the chat later. */
export async function subscriptionCard(
  queries: Queries,
  context: ActionContext,
  benefit: BenefitDoc,
  status: CardStatus = {},
): Promise<Attachment> {
  const { locale } = context.caller;
  const [assignable, people] = await Promise.all([queries.roster(context), queries.people(context)]);
  const roster = people.kind === 'done' ? people.value : [];
  const view = {
    benefit,
    people: roster,
    mayAssign: assignable.kind === 'done',
    globalAdmins: assignable.kind === 'refused' ? (assignable.params.holders ?? []) : [],
    now: context.now,
    ...status,
  };
  const card = visualStudioCard(visualStudioCardData(view, translatorFor(locale), locale));
  const viewers = refreshViewers(context.caller.aadObjectId, mayTake(roster, 'assignBenefit'));
  return withRefresh(card, { verb: VISUAL_STUDIO_VERBS.refresh, data: { benefitId: benefit.benefitId } }, viewers);
}

/** The subscription as stored now; undefined when there is none of that id or the caller may not see it. */
export async function currentSubscription(queries: Queries, context: ActionContext, benefitId: unknown): Promise<BenefitDoc | undefined> {
  const outcome = await queries.benefits(context, 'visualStudio');
  return outcome.kind === 'done' ? outcome.value.find((benefit) => benefit.benefitId === benefitId) : undefined;
}
