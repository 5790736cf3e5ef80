import { WaterfallDialog } from 'botbuilder-dialogs';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { offersOverviewCard } from './offersOverviewCard';

export const OFFERS_DIALOG = 'offers';

/** The go-to-market offers the company can use, on one card; its buttons are card actions. */
export function offersDialog(services: Pick<AppServices, 'offers'>): WaterfallDialog {
  return new WaterfallDialog(OFFERS_DIALOG, [
    async (step) => {
      const context = actionContextOf(step.context);
      const { locale } = context.caller;
      const card = await offersOverviewCard(services.offers, context);
      await step.context.sendActivity(
        card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale),
      );
      return step.endDialog();
    },
  ]);
}
