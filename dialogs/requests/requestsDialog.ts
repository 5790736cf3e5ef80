import type { TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { requestsCard } from '../../cards/requests';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { requestsCardData } from './requestsCardData';

export const REQUESTS_DIALOG = 'requests';

export function requestsDialog(services: Pick<AppServices, 'requests'>): WaterfallDialog {
  return new WaterfallDialog(REQUESTS_DIALOG, [
    async (step) => {
      await showRequests(step.context, services, 'send');
      return step.endDialog();
    },
  ]);
}

/** The list as it stands now; after an update it replaces the card the update came from. */
export async function showRequests(
  context: TurnContext,
  services: Pick<AppServices, 'requests'>,
  how: 'send' | 'replace',
  notice = '',
): Promise<void> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  const outcome = await services.requests.list(actionContext);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, locale));
    return;
  }
  const card = requestsCard(requestsCardData(outcome.value, t, locale, notice));
  if (how === 'replace') await replaceCardOrSend(context, card);
  else await context.sendActivity({ attachments: [card] });
}
