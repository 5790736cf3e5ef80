import { WaterfallDialog } from 'botbuilder-dialogs';
import { notificationSettingsCard } from '../../cards/notificationSettings';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { notificationSettingsCardData } from './notificationSettingsCardData';

export const NOTIFICATIONS_DIALOG = 'notifications';

/** The admins' notification card: delivery figures, then what to notify and how far ahead. */
export function notificationsDialog(services: Pick<AppServices, 'notifications'>): WaterfallDialog {
  return new WaterfallDialog(NOTIFICATIONS_DIALOG, [
    async (step) => {
      const context = actionContextOf(step.context);
      const { locale } = context.caller;
      const t = translatorFor(locale);
      const outcome = await services.notifications.overview(context);
      if (outcome.kind !== 'done') {
        await step.context.sendActivity(unsuccessfulText(outcome, t, locale));
      } else {
        await step.context.sendActivity({ attachments: [notificationSettingsCard(notificationSettingsCardData(outcome.value, t))] });
      }
      return step.endDialog();
    },
  ]);
}
