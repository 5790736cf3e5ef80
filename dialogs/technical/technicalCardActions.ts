import type { TurnContext } from 'botbuilder';
import { actionDoneCard, type ActionDoneCardData } from '../../cards/actionDone';
import { translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions, CardAnswer } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { formInputsOf } from './benefitFormInputs';
import { assignedResult, helpRequestedResult, idsRecordedResult, activationRequestedResult } from './technicalResults';
import { technicalOverviewCard } from './technicalOverviewCard';
import { TECHNICAL_BY_NAME_VERBS, TECHNICAL_VERBS } from '../../cards/technical.verbs';
import { pickNamedPerson } from '../peoplePicker/namedPersonForm';
import { namedAssignee } from './namedAssignee';

type Services = Pick<AppServices, 'technical' | 'assignments' | 'people'>;
type ResultCard<T> = (value: T, t: Translate, locale: Locale) => ActionDoneCardData;

/** Refusals about the alternate email belong next to that field. */
const FIELD_OF_REFUSAL: Record<string, string> = {
  alternateEmailRequired: 'alternateEmail',
  alternateEmailInvalid: 'alternateEmail',
  alternateEmailSameAsAccount: 'alternateEmail',
};

/**
 * The buttons and forms of the technical card, and the people found for "assign technical support to <name>"; every one
 * goes to a use case that checks the caller again.
 */
export function technicalCardActions(services: Services): CardActions {
  return {
    [TECHNICAL_VERBS.activate]: async (context, payload) =>
      answer(services, context, payload, await services.technical.activate(actionContextOf(context), payload), activationRequestedResult),
    [TECHNICAL_VERBS.recordIds]: async (context, payload) => {
      const form = formInputsOf(payload);
      return answer(services, context, form, await services.technical.recordSupportIds(actionContextOf(context), form), idsRecordedResult);
    },
    [TECHNICAL_VERBS.assign]: async (context, payload) => {
      const form = formInputsOf(payload);
      return answer(services, context, form, await services.assignments.assign(actionContextOf(context), form), assignedResult);
    },
    [TECHNICAL_VERBS.request]: async (context, payload) => {
      const form = formInputsOf(payload);
      return answer(services, context, form, await services.technical.requestHelp(actionContextOf(context), form), helpRequestedResult);
    },
    [TECHNICAL_VERBS.refresh]: async (context) => {
      const card = await technicalOverviewCard(services.technical, actionContextOf(context));
      return card.kind === 'done' ? { card: card.value } : undefined;
    },
    [TECHNICAL_BY_NAME_VERBS.pick]: pickNamedPerson(services, namedAssignee(services)),
  };
}

/**
 * A result replaces the card. A refusal brings the technical card back as it is now, with what was typed in the form
 * kept and the reason next to the field it concerns, so the form can be corrected.
 */
async function answer<T>(
  services: Services,
  context: TurnContext,
  form: Record<string, unknown>,
  outcome: Outcome<T>,
  resultCard: ResultCard<T>,
): Promise<CardAnswer> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  if (outcome.kind === 'done') return { card: actionDoneCard(resultCard(outcome.value, t, locale)) };
  const refusal = unsuccessfulText(outcome, t, locale);
  const field = outcome.kind === 'refused' ? FIELD_OF_REFUSAL[outcome.code] : outcome.issues[0]?.path.split('.')[0];
  const sent = { benefitId: String(form.benefitId), values: form, problem: refusal, field };
  const card = await technicalOverviewCard(services.technical, actionContext, sent);
  return card.kind === 'done' ? { card: card.value, refusal } : { refusal };
}
