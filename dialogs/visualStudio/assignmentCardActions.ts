import type { TurnContext } from 'botbuilder';
import type { AppServices } from '../../bot/services/appServices';
import type { AssignmentResult } from '../../bot/services/benefitAssignments';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions, CardAnswer } from '../cardAction';
import { answerOutcome } from '../present/cardAnswer';
import { actionContextOf } from '../turn';
import { assignByNameCardActions } from './assignByNameCardActions';
import { currentSubscription, subscriptionCard } from './subscriptionCard';
import { VISUAL_STUDIO_VERBS } from '../../cards/visualStudio/visualStudio.verbs';

type Services = Pick<AppServices, 'assignments' | 'queries' | 'people'>;

/** The subscription card as the answer to an assignment or reassignment. */
export type SubscriptionAnswer = (
  context: TurnContext,
  payload: Record<string, unknown>,
  outcome: Outcome<AssignmentResult>,
  kind: 'assigned' | 'reassigned',
) => Promise<CardAnswer>;

/** The Assign and Reassign buttons of a subscription card, its refresh, and the card of people found by name. */
export function assignmentCardActions(services: Services): CardActions {
  const answer: SubscriptionAnswer = (context, payload, outcome, kind) => subscriptionAnswer(services, context, payload, outcome, kind);
  return {
    [VISUAL_STUDIO_VERBS.assign]: async (context, payload) =>
      answer(context, payload, await services.assignments.assign(actionContextOf(context), payload), 'assigned'),
    [VISUAL_STUDIO_VERBS.reassign]: async (context, payload) =>
      answer(context, payload, await services.assignments.reassign(actionContextOf(context), payload), 'reassigned'),
    [VISUAL_STUDIO_VERBS.refresh]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const benefit = await currentSubscription(services.queries, actionContext, payload.benefitId);
      return benefit ? { card: await subscriptionCard(services.queries, actionContext, benefit) } : undefined;
    },
    ...assignByNameCardActions(services, answer),
  };
}

/** Either way the subscription card comes back as it is now: with who holds it after the change, or with why not. */
function subscriptionAnswer(
  services: Services,
  context: TurnContext,
  payload: Record<string, unknown>,
  outcome: Outcome<AssignmentResult>,
  kind: 'assigned' | 'reassigned',
): Promise<CardAnswer> {
  const actionContext = actionContextOf(context);
  return answerOutcome(context, outcome, {
    done: ({ benefit, assignee, previous }, t) => {
      const notice = t(`visualStudio.${kind}.text`, { assignee: assignee.displayName, previous: previous?.displayName ?? '' });
      return subscriptionCard(services.queries, actionContext, benefit, { notice });
    },
    refused: async (refusal) => {
      const benefit = await currentSubscription(services.queries, actionContext, payload.benefitId);
      return benefit && subscriptionCard(services.queries, actionContext, benefit, { error: refusal, picked: payload });
    },
  });
}
