import type { NotificationSettingsCardData } from '../../cards/notificationSettings';
import { NotificationEventKind } from '../../bot/domain/documents';
import type { Translate } from '../../bot/i18n';
import type { NotificationOverview } from '../../bot/services/notificationAdmin';

/** The settings form with the delivery figures above it. */
export function notificationSettingsCardData(overview: NotificationOverview, t: Translate): NotificationSettingsCardData {
  const { settings, report } = overview;
  const leadError = t('notifications.settings.leadError');
  return {
    title: t('notifications.settings.title'),
    intro: t('notifications.settings.intro'),
    statusHeading: t('notifications.settings.statusHeading'),
    counts: [
      { label: t('notifications.settings.pending'), value: String(report.pending) },
      { label: t('notifications.settings.sent'), value: String(report.sent) },
      { label: t('notifications.settings.failed'), value: String(report.failed) },
    ],
    failuresHeading: t('notifications.settings.failuresHeading'),
    failures:
      report.failures.length === 0
        ? [{ line: t('notifications.settings.noFailures') }]
        : report.failures.map((failure) => ({
            line: t('notifications.settings.failureLine', {
              event: t(`notifications.events.${failure.event}`),
              recipient: failure.recipientName,
              reason: failure.reason,
            }),
          })),
    settingsHeading: t('notifications.settings.settingsHeading'),
    events: NotificationEventKind.options.map((kind) => ({
      id: `event.${kind}`,
      label: t(`notifications.events.${kind}`),
      title: t('notifications.settings.notify'),
      value: settings.disabledEvents.includes(kind) ? 'false' : 'true',
    })),
    expiryLead: { label: t('notifications.settings.expiryLead'), value: settings.expiryLeadDays.join(', '), error: leadError },
    renewalLead: { label: t('notifications.settings.renewalLead'), value: settings.renewalLeadDays.join(', '), error: leadError },
    save: t('notifications.settings.save'),
  };
}
