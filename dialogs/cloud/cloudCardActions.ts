import type { Attachment, TurnContext } from 'botbuilder';
import { actionDoneCard } from '../../cards/actionDone';
import { cloudKeysCard } from '../../cards/cloudKeys';
import { translatorFor } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudActivationResult } from '../../bot/services/cloudActivation';
import type { CardActions } from '../cardAction';
import { formatDate } from '../present/formatting';
import { unsuccessfulText } from '../present/outcomeText';
import { deliverKeysCard } from '../software/deliverKeysCard';
import { actionContextOf } from '../turn';
import { cloudKeysCardData } from './cloudCardData';
import { cloudServiceCard, currentCloudService } from './cloudServiceCard';
import { CLOUD_VERBS } from '../../cards/cloud.verbs';

/** The Activate for me and Get keys buttons of a cloud service card, and the card's refresh. */
export function cloudCardActions(services: Pick<AppServices, 'cloud'>): CardActions {
  return {
    [CLOUD_VERBS.activateForSelf]: async (context, payload) => {
      const outcome = await services.cloud.activateForSelf(actionContextOf(context), payload);
      if (outcome.kind === 'done') return { card: activationResult(context, outcome.value) };
      // The service's card comes back as it is now, with why nothing was activated.
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const refusal = unsuccessfulText(outcome, translatorFor(locale), locale);
      const view = await currentCloudService(services, actionContext, payload.benefitId);
      return view ? { card: await cloudServiceCard(services, actionContext, view, refusal), refusal } : { refusal };
    },
    [CLOUD_VERBS.refresh]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const view = await currentCloudService(services, actionContext, payload.benefitId);
      return view ? { card: await cloudServiceCard(services, actionContext, view) } : undefined;
    },
    [CLOUD_VERBS.getKeys]: async (context, payload) => {
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

function activationResult(context: TurnContext, { benefit, assignment }: CloudActivationResult): Attachment {
  const { caller } = actionContextOf(context);
  const t = translatorFor(caller.locale);
  return actionDoneCard({
    title: t('cloud.activated.title', { benefit: benefit.name }),
      text: t('cloud.activated.text'),
      facts: [
        { label: t('cloud.facts.activatedFor'), value: escapeMarkdown(caller.displayName ?? assignment.assignee) },
        { label: t('cloud.facts.activatedOn'), value: formatDate(assignment.assignedAt, caller.locale) },
        { label: t('cloud.facts.subscriptions'), value: t('cloud.seats', { used: benefit.assignments.length, total: benefit.quantity }) },
      ],
    });
}
