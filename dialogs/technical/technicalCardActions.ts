import type { TurnContext } from 'botbuilder';
import { actionDoneCard, type ActionDoneCardData } from '../../cards/actionDone';
import { translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { formInputsOf } from './benefitFormInputs';
import { assignedResult, helpRequestedResult, idsRecordedResult, activationRequestedResult } from './technicalResults';

type ResultCard<T> = (value: T, t: Translate, locale: Locale) => ActionDoneCardData;

/** The buttons and forms of the technical card; every one goes to a use case that checks the caller again. */
export function technicalCardActions(services: Pick<AppServices, 'technical' | 'assignments'>): CardActions {
  return {
    'technical.activate': async (context, payload) =>
      answer(context, await services.technical.activate(actionContextOf(context), payload), activationRequestedResult),
    'technical.recordIds': async (context, payload) =>
      answer(context, await services.technical.recordSupportIds(actionContextOf(context), formInputsOf(payload)), idsRecordedResult),
    'technical.assign': async (context, payload) =>
      answer(context, await services.assignments.assign(actionContextOf(context), formInputsOf(payload)), assignedResult),
    'technical.request': async (context, payload) =>
      answer(context, await services.technical.requestHelp(actionContextOf(context), formInputsOf(payload)), helpRequestedResult),
  };
}

/** A refusal is told in words and leaves the card, so the form can be corrected; a result replaces the card. */
async function answer<T>(context: TurnContext, outcome: Outcome<T>, resultCard: ResultCard<T>): Promise<void> {
  const { locale } = actionContextOf(context).caller;
  const t = translatorFor(locale);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, locale));
    return;
  }
  await replaceCardOrSend(context, actionDoneCard(resultCard(outcome.value, t, locale)));
}
