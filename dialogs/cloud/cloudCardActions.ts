import type { Attachment, TurnContext } from 'botbuilder';
import { actionDoneCard } from '../../cards/actionDone/actionDone';
import { cloudKeysCard } from '../../cards/cloud/cloudKeys';
import { translatorFor } from '../../bot/i18n';
import { escapeMarkdown } from '../../bot/i18n/markdown';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudActivationResult } from '../../bot/services/cloudActivation';
import type { ActionContext } from '../../bot/services/actionContext';
import type { CardActions, CardAnswer } from '../cardAction';
import { formatDate } from '../../cards/shared/formatting';
import { unsuccessfulText } from '../present/outcomeText';
import { answerWithKeys } from '../software/deliverKeysCard';
import { actionContextOf } from '../turn';
import { cloudKeysCardData } from '../../cards/cloud/cloudCardData';
import { cloudServiceCard, currentCloudService } from './cloudServiceCard';
import { CLOUD_VERBS } from '../../cards/cloud/cloud.verbs';

type Services = Pick<AppServices, 'cloud'>;

/** The Activate for me and Get keys buttons of a cloud service card, and the card's refresh. */
export function cloudCardActions(services: Services): CardActions {
  return {
    [CLOUD_VERBS.activateForSelf]: async (context, payload) => {
      const outcome = await services.cloud.activateForSelf(actionContextOf(context), payload);
      if (outcome.kind === 'done') return { card: activationResult(context, outcome.value) };
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      return refusedOnCard(services, actionContext, payload, unsuccessfulText(outcome, translatorFor(locale), locale));
    },
    [CLOUD_VERBS.refresh]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const view = await currentCloudService(services, actionContext, payload.benefitId);
      return view ? { card: await cloudServiceCard(services, actionContext, view) } : undefined;
    },
    [CLOUD_VERBS.getKeys]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.cloud.getKeys(actionContext, payload);
      if (outcome.kind === 'done') return answerWithKeys(context, cloudKeysCard(cloudKeysCardData(outcome.value, t)));
      return refusedOnCard(services, actionContext, payload, unsuccessfulText(outcome, t, locale));
    },
  };
}

/** The service's card as it is now, with why the press did nothing; only the reason when there is no such service. */
async function refusedOnCard(services: Services, context: ActionContext, payload: Record<string, unknown>, refusal: string): Promise<CardAnswer> {
  const view = await currentCloudService(services, context, payload.benefitId);
  return view ? { card: await cloudServiceCard(services, context, view, refusal), refusal } : { refusal };
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
