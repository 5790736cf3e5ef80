import type { Attachment } from 'botbuilder';
import { actionDoneCard } from '../../cards/actionDone/actionDone';
import { cloudKeysCard } from '../../cards/cloud/cloudKeys';
import type { Locale, Translate } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudActivationResult } from '../../bot/services/cloudActivation';
import type { ActionContext } from '../../bot/services/actionContext';
import type { CardActions } from '../cardAction';
import { answerOutcome, type CardWithReason } from '../present/cardAnswer';
import { formatDate } from '../../cards/shared/formatting';
import { answerGetKeys } from '../software/deliverKeysCard';
import { actionContextOf } from '../turn';
import { cloudKeysCardData } from '../../cards/cloud/cloudCardData';
import { cloudServiceCard, currentCloudService } from './cloudServiceCard';
import { CLOUD_VERBS } from '../../cards/cloud/cloud.verbs';

type Services = Pick<AppServices, 'cloud'>;

/** The Activate for me and Get keys buttons of a cloud service card, and the card's refresh. */
export function cloudCardActions(services: Services): CardActions {
  return {
    [CLOUD_VERBS.activateForSelf]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(context, await services.cloud.activateForSelf(actionContext, payload), {
        done: (result, t, locale) => activationResult(actionContext, result, t, locale),
        refused: serviceCardWithReason(services, actionContext, payload),
      });
    },
    [CLOUD_VERBS.refresh]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const view = await currentCloudService(services, actionContext, payload.benefitId);
      return view ? { card: await cloudServiceCard(services, actionContext, view) } : undefined;
    },
    [CLOUD_VERBS.getKeys]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const outcome = await services.cloud.getKeys(actionContext, payload);
      return answerGetKeys(context, outcome, (keys, t) => cloudKeysCard(cloudKeysCardData(keys, t)), serviceCardWithReason(services, actionContext, payload));
    },
  };
}

/** The service's card as it is now, with why the press did nothing; none when there is no such service. */
function serviceCardWithReason(services: Services, context: ActionContext, payload: Record<string, unknown>): CardWithReason {
  return async (refusal) => {
    const view = await currentCloudService(services, context, payload.benefitId);
    return view && cloudServiceCard(services, context, view, refusal);
  };
}

function activationResult(context: ActionContext, { benefit, assignment }: CloudActivationResult, t: Translate, locale: Locale): Attachment {
  return actionDoneCard({
    title: t('cloud.activated.title', { benefit: benefit.name }),
    text: t('cloud.activated.text'),
    facts: [
      { label: t('cloud.facts.activatedFor'), value: escapeMarkdown(context.caller.displayName ?? assignment.assignee) },
      { label: t('cloud.facts.activatedOn'), value: formatDate(assignment.assignedAt, locale) },
      { label: t('cloud.facts.subscriptions'), value: t('cloud.seats', { used: benefit.assignments.length, total: benefit.quantity }) },
    ],
  });
}
