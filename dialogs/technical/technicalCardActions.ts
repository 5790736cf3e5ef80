import type { TurnContext } from 'botbuilder';
import { actionDoneCard, type ActionDoneCardData } from '../../cards/actionDone/actionDone';
import type { Locale, Translate } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import type { CardActions, CardAnswer } from '../cardAction';
import { answerOutcome, currentCard } from '../present/cardAnswer';
import { actionContextOf } from '../turn';
import { formInputsOf } from '../../cards/technical/benefitFormInputs';
import { assignedResult, helpRequestedResult, idsRecordedResult, activationRequestedResult } from './technicalResults';
import { technicalOverviewCard } from './technicalOverviewCard';
import { TECHNICAL_BY_NAME_VERBS, TECHNICAL_VERBS } from '../../cards/technical/technical.verbs';
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
    [TECHNICAL_VERBS.refresh]: async (context) => currentCard(await technicalOverviewCard(services.technical, actionContextOf(context))),
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
  return answerOutcome(context, outcome, {
    done: (value, t, locale) => actionDoneCard(resultCard(value, t, locale)),
    refused: (refusal, unsuccessful) => {
      const field = unsuccessful.kind === 'refused' ? FIELD_OF_REFUSAL[unsuccessful.code] : unsuccessful.issues[0]?.path.split('.')[0];
      const sent = { benefitId: String(form.benefitId), values: form, problem: refusal, field };
      return technicalOverviewCard(services.technical, actionContextOf(context), sent);
    },
  });
}
