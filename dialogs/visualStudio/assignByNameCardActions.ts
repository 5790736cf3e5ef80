import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { VISUAL_STUDIO_BY_NAME_VERBS } from '../../cards/visualStudio/visualStudio.verbs';
import { namedPeopleCard, peopleNamed } from './namedPeopleCard';
import { currentSubscription, subscriptionCard } from './subscriptionCard';
import type { SubscriptionAnswer } from './assignmentCardActions';

type Services = Pick<AppServices, 'assignments' | 'queries' | 'people'>;

/**
 * The buttons of the card of people "assign visual studio to <name>" found, and its refresh. An assignment answers with
 * the subscription as it is now; a refusal with the same people and the reason next to the one pressed. Once no seat is
 * free, nobody is left to offer or the viewer may not assign, the card shows the subscription instead.
 */
export function assignByNameCardActions(services: Services, subscriptionAnswer: SubscriptionAnswer): CardActions {
  return {
    [VISUAL_STUDIO_BY_NAME_VERBS.pick]: async (context, payload) => {
      const { name, ...assignment } = payload;
      const actionContext = actionContextOf(context);
      const outcome = await services.assignments.assign(actionContext, assignment);
      const benefit = outcome.kind === 'done' ? undefined : await currentSubscription(services.queries, actionContext, assignment.benefitId);
      const found = benefit && typeof name === 'string' ? await peopleNamed(services.people, actionContext, benefit, name) : undefined;
      if (outcome.kind === 'done' || !benefit || found?.kind !== 'done' || found.value.length === 0) {
        return subscriptionAnswer(context, assignment, outcome, 'assigned');
      }
      const { locale } = actionContext.caller;
      const refusal = unsuccessfulText(outcome, translatorFor(locale), locale);
      const refused = { assignee: assignment.assignee, text: refusal };
      return { card: await namedPeopleCard(services.queries, actionContext, { benefit, people: found.value, name: String(name) }, refused), refusal };
    },
    [VISUAL_STUDIO_BY_NAME_VERBS.refresh]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const benefit = await currentSubscription(services.queries, actionContext, payload.benefitId);
      if (!benefit) return undefined;
      const { name } = payload;
      const found = typeof name === 'string' ? await peopleNamed(services.people, actionContext, benefit, name) : undefined;
      const seatFree = benefit.assignments.length < benefit.quantity;
      if (seatFree && found?.kind === 'done' && found.value.length > 0) {
        return { card: await namedPeopleCard(services.queries, actionContext, { benefit, people: found.value, name: String(name) }) };
      }
      return { card: await subscriptionCard(services.queries, actionContext, benefit) };
    },
  };
}
