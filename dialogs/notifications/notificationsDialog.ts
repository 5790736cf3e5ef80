import type { Attachment } from 'botbuilder';
import type { WaterfallDialog } from 'botbuilder-dialogs';
import { notificationSettingsCard } from '../../cards/notificationSettings/notificationSettings';
import { translatorFor } from '../../bot/i18n';
import type { ActionContext } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import type { Outcome } from '../../bot/services/outcome';
import { refreshingCard, refreshViewers } from '../present/refresh';
import { singleCardDialog } from '../present/singleCardDialog';
import { notificationSettingsCardData, type RefusedSave } from '../../cards/notificationSettings/notificationSettingsCardData';
import { NOTIFICATION_SETTINGS_VERBS } from '../../cards/notificationSettings/notificationSettings.verbs';

export const NOTIFICATIONS_DIALOG = 'notifications';

/** The admins' notification card: delivery figures, then what to notify and how far ahead. */
export function notificationsDialog(services: Pick<AppServices, 'notifications'>): WaterfallDialog {
  return singleCardDialog(NOTIFICATIONS_DIALOG, (context) => notificationSettingsCardFor(services, context));
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
