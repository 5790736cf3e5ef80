import type { NotificationSettingsCardData } from './notificationSettings';
import { NotificationEventKind } from '../../bot/domain/documents';
import type { Translate } from '../../bot/i18n';
import type { NotificationOverview } from '../../bot/services/notificationAdmin';

/** A lead-time list is a few short numbers; anything longer sent back is cut. */
const MAX_SENT_LENGTH = 40;

/** A save that did nothing: what the form sent, shown again, and why. */
export interface RefusedSave {
  sent: Record<string, unknown>;
  error: string;
}

/** The settings form with the delivery figures above it. */
export function notificationSettingsCardData(
  overview: NotificationOverview,
  t: Translate,
  refused?: RefusedSave,
): NotificationSettingsCardData {
  const { settings, report } = overview;
  const sent = (id: string, stored: string) => {
    const value = refused?.sent[id];
    return typeof value === 'string' ? value.slice(0, MAX_SENT_LENGTH) : stored;
  };
  const leadError = t('notifications.settings.leadError');
  return {
    title: t('notifications.settings.title'),
    intro: t('notifications.settings.intro'),
    error: refused?.error ?? '',
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
      value: sent(`event.${kind}`, settings.disabledEvents.includes(kind) ? 'false' : 'true') === 'false' ? 'false' : 'true',
    })),
    expiryLead: {
      label: t('notifications.settings.expiryLead'),
      value: sent('expiryLeadDays', settings.expiryLeadDays.join(', ')),
      error: leadError,
    },
    renewalLead: {
      label: t('notifications.settings.renewalLead'),
      value: sent('renewalLeadDays', settings.renewalLeadDays.join(', ')),
      error: leadError,
    },
    save: t('notifications.settings.save'),
  };
}
