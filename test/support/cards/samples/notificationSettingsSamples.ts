import type { Locale, Translate } from '../../../../bot/i18n';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../../bot/store/notificationSettingsStore';
import { notificationSettingsCardData } from '../../../../cards/notificationSettings/notificationSettingsCardData';
import type { NotificationSettingsCardData } from '../../../../cards/notificationSettings/notificationSettings';
import { demoCompany } from './demoCompany';

/** The admins' card with the default settings and nothing sent yet, and with changed settings and failures. */
export function notificationSettingsSamples(t: Translate, _locale: Locale): Record<string, NotificationSettingsCardData> {
  const company = demoCompany();
  const employee = company.find('an employee', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  return {
    defaults: notificationSettingsCardData(
      { settings: DEFAULT_NOTIFICATION_SETTINGS, report: { pending: 0, sent: 0, failed: 0, failures: [] } },
      t,
    ),
    'with-failures': notificationSettingsCardData(
      {
        settings: { disabledEvents: ['requestStatus'], expiryLeadDays: [60, 14, 2], renewalLeadDays: [45] },
        report: {
          pending: 3,
          sent: 42,
          failed: 1,
          failures: [
            {
              event: 'expiry',
              recipient: employee.aadObjectId,
              recipientName: employee.displayName,
              reason: 'conversation gone: 403 ConversationBlockedByUser',
            },
          ],
        },
      },
      t,
    ),
    'save-refused': notificationSettingsCardData(
      { settings: DEFAULT_NOTIFICATION_SETTINGS, report: { pending: 0, sent: 0, failed: 0, failures: [] } },
      t,
      { sent: { 'event.expiry': 'false', expiryLeadDays: '0, 100', renewalLeadDays: '45' }, error: t('refusals.invalidInput') },
    ),
  };
}
