import type { Translate } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import type { RequestSummary } from '../../bot/services/requests';
import type { CardActionHandler, CardActions } from '../cardAction';
import { answerOutcome, currentCard } from '../present/cardAnswer';
import { actionContextOf } from '../turn';
import { statusInputIdOf, statusName, ticketInputIdOf } from '../../cards/requests/requestsCardData';
import { requestsListCard } from './requestsDialog';
import { REQUESTS_VERBS } from '../../cards/requests/requests.verbs';

type TrackedRequest = RequestSummary['request'];

/** The Update and Save ticket number buttons of a request on the requests card, and the card's refresh. */
export function requestCardActions(services: Pick<AppServices, 'requests' | 'microsoftTickets'>): CardActions {
  /** Runs a change of one request, then answers with the list, saying what changed or why nothing did. */
  const changeThenList =
    (
      change: (context: ActionContext, payload: Record<string, unknown>) => Promise<Outcome<TrackedRequest>>,
      notice: (request: TrackedRequest, t: Translate) => string,
    ): CardActionHandler =>
    async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(context, await change(actionContext, payload), {
        done: (request, t) => requestsListCard(services, actionContext, { notice: notice(request, t) }),
        refused: (refusal) => requestsListCard(services, actionContext, { error: refusal }),
      });
    };
  return {
    [REQUESTS_VERBS.status]: changeThenList(
      (context, payload) => services.requests.changeStatus(context, renamedInput(payload, statusInputIdOf, 'status')),
      ({ requestId, status }, t) => t('requests.updated', { requestId, status: statusName(status, t) }),
    ),
    [REQUESTS_VERBS.ticket]: changeThenList(
      (context, payload) => services.microsoftTickets.record(context, renamedInput(payload, ticketInputIdOf, 'ticketNumber')),
      ({ requestId, microsoftTicket }, t) => t('requests.ticketRecorded', { requestId, ticketNumber: microsoftTicket?.number }),
    ),
    [REQUESTS_VERBS.refresh]: async (context) => currentCard(await requestsListCard(services, actionContextOf(context))),
  };
}

/**
 * The card names each input after its request, so that one card can hold a form per request; the use case takes the
 * plain field name. Anything else is passed on, for the schema to refuse.
 */
function renamedInput(payload: Record<string, unknown>, inputIdOf: (requestId: string) => string, field: string): Record<string, unknown> {
  const { requestId, ...rest } = payload;
  if (typeof requestId !== 'string' || Object.hasOwn(rest, field)) return payload;
  const { [inputIdOf(requestId)]: value, ...others } = rest;
  return { ...others, requestId, [field]: value };
}
