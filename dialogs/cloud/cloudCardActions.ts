import type { TurnContext } from 'botbuilder';
import { actionDoneCard } from '../../cards/actionDone';
import { cloudKeysCard } from '../../cards/cloudKeys';
import { translatorFor } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudActivationResult } from '../../bot/services/cloudActivation';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions } from '../cardAction';
import { formatDate } from '../present/formatting';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { deliverKeysCard } from '../software/deliverKeysCard';
import { actionContextOf } from '../turn';
import { cloudKeysCardData } from './cloudCardData';

/** The Activate for me and Get keys buttons of a cloud service card. */
export function cloudCardActions(services: Pick<AppServices, 'cloud'>): CardActions {
  return {
    'cloud.activateForSelf': async (context, payload) => {
      await answerActivation(context, await services.cloud.activateForSelf(actionContextOf(context), payload));
    },
    'cloud.getKeys': async (context, payload) => {
      const { caller } = actionContextOf(context);
      const t = translatorFor(caller.locale);
      const outcome = await services.cloud.getKeys(actionContextOf(context), payload);
      if (outcome.kind !== 'done') {
        await context.sendActivity(unsuccessfulText(outcome, t, caller.locale));
        return;
      }
      await deliverKeysCard(context, cloudKeysCard(cloudKeysCardData(outcome.value, t)));
    },
  };
}

async function answerActivation(context: TurnContext, outcome: Outcome<CloudActivationResult>): Promise<void> {
  const { caller } = actionContextOf(context);
  const t = translatorFor(caller.locale);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, caller.locale));
    return;
  }
  const { benefit, assignment } = outcome.value;
  await replaceCardOrSend(
    context,
    actionDoneCard({
      title: t('cloud.activated.title', { benefit: benefit.name }),
      text: t('cloud.activated.text'),
      facts: [
        { label: t('cloud.facts.activatedFor'), value: escapeMarkdown(caller.displayName ?? assignment.assignee) },
        { label: t('cloud.facts.activatedOn'), value: formatDate(assignment.assignedAt, caller.locale) },
        { label: t('cloud.facts.subscriptions'), value: t('cloud.seats', { used: benefit.assignments.length, total: benefit.quantity }) },
      ],
    }),
  );
}
