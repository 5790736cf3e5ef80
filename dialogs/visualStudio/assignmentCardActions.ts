import type { TurnContext } from 'botbuilder';
import { actionDoneCard } from '../../cards/actionDone';
import { translatorFor } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import type { AppServices } from '../../bot/services/appServices';
import type { AssignmentResult } from '../../bot/services/benefitAssignments';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions } from '../cardAction';
import { formatDate } from '../present/formatting';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';

/** The Assign and Reassign buttons of a subscription card. */
export function assignmentCardActions(services: Pick<AppServices, 'assignments'>): CardActions {
  return {
    'benefit.assign': async (context, payload) => {
      const actionContext = actionContextOf(context);
      await answer(context, await services.assignments.assign(actionContext, payload), 'assigned');
    },
    'benefit.reassign': async (context, payload) => {
      const actionContext = actionContextOf(context);
      await answer(context, await services.assignments.reassign(actionContext, payload), 'reassigned');
    },
  };
}

async function answer(
  context: TurnContext,
  outcome: Outcome<AssignmentResult>,
  kind: 'assigned' | 'reassigned',
): Promise<void> {
  const { caller } = actionContextOf(context);
  const t = translatorFor(caller.locale);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, caller.locale));
    return;
  }
  const { benefit, assignment, assignee } = outcome.value;
  const previous = outcome.value.previous?.displayName ?? '';
  await replaceCardOrSend(
    context,
    actionDoneCard({
      title: t(`visualStudio.${kind}.title`, { benefit: benefit.name }),
      text: t(`visualStudio.${kind}.text`, { assignee: assignee.displayName, previous }),
      facts: [
        { label: t('visualStudio.facts.person'), value: escapeMarkdown(assignee.displayName) },
        { label: t('visualStudio.facts.assignedOn'), value: formatDate(assignment.assignedAt, caller.locale) },
        { label: t('visualStudio.facts.seats'), value: t('visualStudio.seats', { used: benefit.assignments.length, total: benefit.quantity }) },
      ],
    }),
  );
}
