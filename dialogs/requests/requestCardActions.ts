import { translatorFor, type Translate } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { Outcome } from '../../bot/services/outcome';
import type { RequestSummary } from '../../bot/services/requests';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActionHandler, CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { statusInputIdOf, statusName, ticketInputIdOf } from './requestsCardData';
import { showRequests } from './requestsDialog';

type TrackedRequest = RequestSummary['request'];

/** The Update and Save ticket number buttons of a request on the requests card. */
export function requestCardActions(services: Pick<AppServices, 'requests' | 'microsoftTickets'>): CardActions {
  /** Runs a change of one request, then shows the list again in place of the card, saying what changed. */
  const changeThenList =
    (change: (context: ActionContext, payload: Record<string, unknown>) => Promise<Outcome<TrackedRequest>>, notice: (request: TrackedRequest, t: Translate) => string): CardActionHandler =>
    async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await change(actionContext, payload);
      if (outcome.kind !== 'done') {
        await context.sendActivity(unsuccessfulText(outcome, t, locale));
        return;
      }
      await showRequests(context, services, 'replace', notice(outcome.value, t));
    };
  return {
    'request.status': changeThenList(
      (context, payload) => services.requests.changeStatus(context, renamedInput(payload, statusInputIdOf, 'status')),
      ({ requestId, status }, t) => t('requests.updated', { requestId, status: statusName(status, t) }),
    ),
    'request.ticket': changeThenList(
      (context, payload) => services.microsoftTickets.record(context, renamedInput(payload, ticketInputIdOf, 'ticketNumber')),
      ({ requestId, microsoftTicket }, t) => t('requests.ticketRecorded', { requestId, ticketNumber: microsoftTicket?.number }),
    ),
  };
}

/**
 * The card names each input after its request; the use case takes it as `field`. Anything else is passed on, for the
 * schema to refuse.
 */
function renamedInput(payload: Record<string, unknown>, inputIdOf: (requestId: string) => string, field: string): Record<string, unknown> {
  const { requestId, ...rest } = payload;
  if (typeof requestId !== 'string' || Object.hasOwn(rest, field)) return payload;
  const { [inputIdOf(requestId)]: value, ...others } = rest;
  return { ...others, requestId, [field]: value };
}
