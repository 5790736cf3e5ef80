import type { Attachment } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { requestsCard } from '../../cards/requests/requests';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import { unsuccessfulText } from '../present/outcomeText';
import { refreshingCard, refreshViewers } from '../present/refresh';
import { actionContextOf } from '../turn';
import { requestsCardData, type RequestsCardStatus } from '../../cards/requests/requestsCardData';
import { REQUESTS_VERBS } from '../../cards/requests/requests.verbs';

export const REQUESTS_DIALOG = 'requests';

export function requestsDialog(services: Pick<AppServices, 'requests'>): WaterfallDialog {
  return new WaterfallDialog(REQUESTS_DIALOG, [
    async (step) => {
      const context = actionContextOf(step.context);
      const { locale } = context.caller;
      const card = await requestsListCard(services, context);
      await step.context.sendActivity(
        card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale),
      );
      return step.endDialog();
    },
  ]);
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
