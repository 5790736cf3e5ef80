import { z } from 'zod';
import {
  LeadDays,
  NOTIFICATION_SETTINGS_DOC_ID,
  NotificationEventKind,
  NotificationSettings,
  type NotificationSettingsDoc,
} from '../domain/documents';
import { AUDITED_ACTIONS } from '../domain/auditedActions';
import { addDays, todayUtc } from '../domain/dates';
import { NOTIFICATIONS_PERMISSION } from '../domain/permissions';
import { updateConditioned } from '../store/conditionedUpdate';
import type { NotificationSettingsStore } from '../store/notificationSettingsStore';
import type { OutboxReport, OutboxReportData } from '../store/outboxReport';
import type { ActionContext } from './actionContext';
import type { NotificationTrigger } from './notificationTrigger';
import { done, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies } from './runAction';

/** Delivered notifications are counted over this many days on the status card. */
export const REPORT_DAYS = 7;

const Switch = z.enum(['true', 'false']).transform((value) => value === 'true');
const LeadDaysText = z
  .string()
  .trim()
  .max(40)
  .transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean).map(Number))
  .pipe(LeadDays);

/** The settings form as the card sends it: one switch per kind of notification, and the lead times as text. */
export const SaveSettingsInput = z
  .object({
    'event.offerActive': Switch,
    'event.technicalActive': Switch,
    'event.expiry': Switch,
    'event.actionPackRenewal': Switch,
    'event.requestStatus': Switch,
    expiryLeadDays: LeadDaysText,
    renewalLeadDays: LeadDaysText,
  })
  .strict() satisfies z.ZodType<Record<`event.${NotificationEventKind}`, boolean>>;

export type ReportedFailure = OutboxReportData['failures'][number] & { recipientName: string };

export interface NotificationOverview {
  settings: NotificationSettings;
  report: Omit<OutboxReportData, 'failures'> & { failures: ReportedFailure[] };
}

/** The admins' view of notifications: what is notified, and how delivery went. */
export class NotificationAdmin {
  constructor(
    private readonly dependencies: ActionDependencies & {
      settings: NotificationSettingsStore;
      report: OutboxReport;
      trigger: NotificationTrigger;
    },
  ) {}

  async overview(context: ActionContext): Promise<Outcome<NotificationOverview>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, NOTIFICATIONS_PERMISSION);
    if (!permission.ok) return permission.outcome;
    const { tenantId } = permission.caller;
    const since = new Date(`${addDays(todayUtc(context.now), -REPORT_DAYS)}T00:00:00Z`);
    const [settings, report, roster] = await Promise.all([
      this.dependencies.settings.settingsOf(tenantId),
      this.dependencies.report.report(tenantId, since),
      this.dependencies.directory.roster(tenantId),
    ]);
    const names = new Map(roster.map((user) => [user.aadObjectId, user.displayName]));
    return done({
      settings,
      report: {
        ...report,
        failures: report.failures.map((failure) => ({ ...failure, recipientName: names.get(failure.recipient) ?? failure.recipient })),
      },
    });
  }

  /** Admins only; applied once per activity, and the company is looked at again at once under the new settings. */
  saveSettings(context: ActionContext, input: unknown): Promise<Outcome<NotificationSettingsDoc>> {
    const spec = { permission: NOTIFICATIONS_PERMISSION, name: AUDITED_ACTIONS.saveNotificationSettings, schema: SaveSettingsInput };
    return runAction(this.dependencies, context, spec, input, async (caller, form) => {
      const store = this.dependencies.settings;
      let before: NotificationSettings | undefined;
      const outcome = await updateConditioned<NotificationSettingsDoc, Outcome<NotificationSettingsDoc>>({
        read: () => store.get(caller.tenantId),
        decide: (current) => {
          if (current?.idempotencyKey === context.idempotencyKey) return { stop: done(current, true) };
          before = current ? NotificationSettings.parse(current) : undefined;
          const settings: NotificationSettings = {
            disabledEvents: NotificationEventKind.options.filter((kind) => !form[`event.${kind}`]),
            expiryLeadDays: [...form.expiryLeadDays].sort((a, b) => b - a),
            renewalLeadDays: [...form.renewalLeadDays].sort((a, b) => b - a),
          };
          const document: NotificationSettingsDoc = {
            id: NOTIFICATION_SETTINGS_DOC_ID,
            tenantId: caller.tenantId,
            type: 'notificationSettings',
            ...settings,
            updatedAt: context.now.toISOString(),
            updatedBy: caller.user.aadObjectId,
            idempotencyKey: context.idempotencyKey,
          };
          return { write: document, result: (written) => done(written) };
        },
        replace: (next, etag) => store.save(next, etag),
        create: (next) => store.save(next, undefined),
        deadline: context.deadline,
      });
      if (outcome.kind === 'done' && !outcome.replayed) this.dependencies.trigger.kick(caller.tenantId);
      const after = outcome.kind === 'done' ? NotificationSettings.parse(outcome.value) : undefined;
      return { outcome, target: NOTIFICATION_SETTINGS_DOC_ID, before, after };
    });
  }
}
