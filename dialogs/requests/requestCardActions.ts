import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { statusInputIdOf, statusName } from './requestsCardData';
import { requestsListCard, SHOW_REQUESTS } from './requestsDialog';

/** The Update button of a request on the requests card, and the card's refresh. */
export function requestCardActions(services: Pick<AppServices, 'requests'>): CardActions {
  return {
    'request.status': async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.requests.changeStatus(actionContext, statusChangeOf(payload));
      const refusal = outcome.kind === 'done' ? undefined : unsuccessfulText(outcome, t, locale);
      const status = outcome.kind === 'done'
        ? { notice: t('requests.updated', { requestId: outcome.value.requestId, status: statusName(outcome.value.status, t) }) }
        : { error: refusal };
      const card = await requestsListCard(services, actionContext, status);
      if (card.kind === 'done') return { card: card.value, refusal };
      return { refusal: refusal ?? unsuccessfulText(card, t, locale) };
    },
    [SHOW_REQUESTS]: async (context) => {
      const card = await requestsListCard(services, actionContextOf(context));
      return card.kind === 'done' ? { card: card.value } : undefined;
    },
  };
}

/** The card names the picker after its request; the use case takes `status`. Anything else is passed on, for the schema to refuse. */
function statusChangeOf(payload: Record<string, unknown>): Record<string, unknown> {
  const { requestId, ...rest } = payload;
  if (typeof requestId !== 'string' || Object.hasOwn(rest, 'status')) return payload;
  const { [statusInputIdOf(requestId)]: status, ...others } = rest;
  return { ...others, requestId, status };
}
