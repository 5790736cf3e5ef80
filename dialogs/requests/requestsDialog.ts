import type { Attachment } from 'botbuilder';
import type { WaterfallDialog } from 'botbuilder-dialogs';
import { requestsCard } from '../../cards/requests/requests';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import { refreshingCard, refreshViewers } from '../present/refresh';
import { singleCardDialog } from '../present/singleCardDialog';
import { requestsCardData, type RequestsCardStatus } from '../../cards/requests/requestsCardData';
import { REQUESTS_VERBS } from '../../cards/requests/requests.verbs';

export const REQUESTS_DIALOG = 'requests';

export function requestsDialog(services: Pick<AppServices, 'requests'>): WaterfallDialog {
  return singleCardDialog(REQUESTS_DIALOG, (context) => requestsListCard(services, context));
}

/** The list as it stands now for the caller; it refreshes itself. */
export async function requestsListCard(
  services: Pick<AppServices, 'requests'>,
  context: ActionContext,
  status?: RequestsCardStatus,
): Promise<Outcome<Attachment>> {
  const { locale, aadObjectId } = context.caller;
  return refreshingCard(
    await services.requests.list(context),
    (summaries) => requestsCard(requestsCardData(summaries, translatorFor(locale), locale, status)),
    { verb: REQUESTS_VERBS.refresh, data: {} },
    () => refreshViewers(aadObjectId, []),
  );
}
