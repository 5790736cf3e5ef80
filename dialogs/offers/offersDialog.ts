import { WaterfallDialog } from 'botbuilder-dialogs';
import { offersCard } from '../../cards/offers';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { offersCardData } from './offersCardData';

export const OFFERS_DIALOG = 'offers';

/** The go-to-market offers the company can use, on one card; its buttons are card actions. */
export function offersDialog(services: Pick<AppServices, 'offers'>): WaterfallDialog {
  return new WaterfallDialog(OFFERS_DIALOG, [
    async (step) => {
      const context = actionContextOf(step.context);
      const { locale, tenant } = context.caller;
      const t = translatorFor(locale);
      const outcome = await services.offers.overview(context);
      if (outcome.kind !== 'done') {
        await step.context.sendActivity(unsuccessfulText(outcome, t, locale));
        return step.endDialog();
      }
      const view = { ...outcome.value, companyName: tenant!.companyName, now: context.now };
      await step.context.sendActivity({ attachments: [offersCard(offersCardData(view, t, locale))] });
      return step.endDialog();
    },
  ]);
}
