import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { statusInputIdOf, statusName } from './requestsCardData';
import { showRequests } from './requestsDialog';

/** The Update button of a request on the requests card. */
export function requestCardActions(services: Pick<AppServices, 'requests'>): CardActions {
  return {
    'request.status': async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.requests.changeStatus(actionContext, statusChangeOf(payload));
      if (outcome.kind !== 'done') {
        await context.sendActivity(unsuccessfulText(outcome, t, locale));
        return;
      }
      const { requestId, status } = outcome.value;
      await showRequests(context, services, 'replace', t('requests.updated', { requestId, status: statusName(status, t) }));
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
