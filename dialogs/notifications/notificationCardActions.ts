import { actionDoneCard } from '../../cards/actionDone/actionDone';
import { NotificationEventKind } from '../../bot/domain/documents';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { answerOutcome, currentCard } from '../present/cardAnswer';
import { formatList } from '../../cards/shared/formatting';
import { actionContextOf } from '../turn';
import { notificationSettingsCardFor } from './notificationsDialog';
import { NOTIFICATION_SETTINGS_VERBS } from '../../cards/notificationSettings/notificationSettings.verbs';

/** The Save button of the notification settings card, and the card's refresh. */
export function notificationCardActions(services: Pick<AppServices, 'notifications'>): CardActions {
  return {
    [NOTIFICATION_SETTINGS_VERBS.refresh]: async (context) => currentCard(await notificationSettingsCardFor(services, actionContextOf(context))),
    [NOTIFICATION_SETTINGS_VERBS.save]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(context, await services.notifications.saveSettings(actionContext, payload), {
        done: (settings, t) => {
          const notified = NotificationEventKind.options
            .filter((kind) => !settings.disabledEvents.includes(kind))
            .map((kind) => t(`notifications.events.${kind}`));
          return actionDoneCard({
            title: t('notifications.settings.saved.title'),
            text: t('notifications.settings.saved.text'),
            facts: [
              { label: t('notifications.settings.saved.events'), value: notified.length > 0 ? formatList(notified, t) : t('notifications.settings.saved.none') },
              { label: t('notifications.settings.saved.expiryLead'), value: settings.expiryLeadDays.join(', ') },
              { label: t('notifications.settings.saved.renewalLead'), value: settings.renewalLeadDays.join(', ') },
            ],
          });
        },
        // The form comes back as it was sent, with why it was not saved.
        refused: (refusal) => notificationSettingsCardFor(services, actionContext, { sent: payload, error: refusal }),
      });
    },
  };
}
