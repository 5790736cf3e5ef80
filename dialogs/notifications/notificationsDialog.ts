import type { Attachment } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { notificationSettingsCard } from '../../cards/notificationSettings/notificationSettings';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import { unsuccessfulText } from '../present/outcomeText';
import { refreshingCard, refreshViewers } from '../present/refresh';
import { actionContextOf } from '../turn';
import { notificationSettingsCardData, type RefusedSave } from '../../cards/notificationSettings/notificationSettingsCardData';
import { NOTIFICATION_SETTINGS_VERBS } from '../../cards/notificationSettings/notificationSettings.verbs';

export const NOTIFICATIONS_DIALOG = 'notifications';

/** The admins' notification card: delivery figures, then what to notify and how far ahead. */
export function notificationsDialog(services: Pick<AppServices, 'notifications'>): WaterfallDialog {
  return new WaterfallDialog(NOTIFICATIONS_DIALOG, [
    async (step) => {
      const context = actionContextOf(step.context);
      const { locale } = context.caller;
      const card = await notificationSettingsCardFor(services, context);
      await step.context.sendActivity(
        card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale),
      );
      return step.endDialog();
    },
  ]);
}

/** The settings card as it stands now for the caller; it refreshes itself. */
export async function notificationSettingsCardFor(
  services: Pick<AppServices, 'notifications'>,
  context: ActionContext,
  refused?: RefusedSave,
): Promise<Outcome<Attachment>> {
  const { locale, aadObjectId } = context.caller;
  return refreshingCard(
    await services.notifications.overview(context),
    (overview) => notificationSettingsCard(notificationSettingsCardData(overview, translatorFor(locale), refused)),
    { verb: NOTIFICATION_SETTINGS_VERBS.refresh, data: {} },
    () => refreshViewers(aadObjectId, []),
  );
}
