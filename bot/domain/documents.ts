import { z } from 'zod';
import { Assignment } from './assignment';
import { AuditEvent } from './audit';
import {
  CloudBenefit,
  GoToMarketBenefit,
  SoftwareBenefit,
  TechnicalBenefit,
  VisualStudioBenefit,
} from './benefit';
import { IsoDate, IsoDateTime } from './dates';
import { IdempotencyKey } from './idempotency';
import { Locale } from './locale';
import { MarketingContact } from './marketingContact';
import { RequestStatus, ServiceRequest } from './request';
import { TenantProfile } from './tenant';
import { RosterUser } from './user';

export const DocType = z.enum([
  'tenant',
  'user',
  'benefit',
  'marketingContact',
  'request',
  'audit',
  'conversationRef',
  'outbox',
  'outboxSignal',
  'notificationSettings',
  'userPreference',
]);
export type DocType = z.infer<typeof DocType>;

export const ConversationScope = z.enum(['personal', 'team']);
export type ConversationScope = z.infer<typeof ConversationScope>;

/** Ids are derived from business keys so that importing the same file twice writes the same documents. */
export const TENANT_DOC_ID = 'tenant';
export const MARKETING_CONTACT_DOC_ID = 'marketingContact';
export const NOTIFICATION_SETTINGS_DOC_ID = 'notificationSettings';
export const OUTBOX_SIGNAL_DOC_ID = 'outboxSignal';
export const userDocId = (aadObjectId: string): string => `user:${aadObjectId}`;
export const benefitDocId = (benefitId: string): string => `benefit:${benefitId}`;
export const requestDocId = (requestId: string): string => `request:${requestId}`;
/** The key is the activity's idempotency key and the action, so a redelivered activity records its audit event once. */
export const auditDocId = (idempotencyKey: string): string => `audit:${idempotencyKey}`;
export const conversationRefDocId = (scope: ConversationScope, key: string): string =>
  `conversationRef:${scope}:${key}`;
export const outboxDocId = (eventId: string): string => `outbox:${eventId}`;
/** Apart from the roster entry, which an import rewrites: a person's own choices survive it. */
export const userPreferenceDocId = (aadObjectId: string): string => `userPreference:${aadObjectId}`;

function storedFields<T extends DocType>(type: T) {
  return { id: z.string().min(1), tenantId: z.string().min(1), type: z.literal(type) };
}

/**
 * Seconds after its last write that the document is removed: by Azure Cosmos DB itself (the container's default TTL
 * is -1, "only documents that say so"), and by the purge job in the embedded store, which has no TTL.
 */
const Ttl = z.number().int().min(1);


export const ActionPackChangeKind = z.enum(['turnOffAutoRenew', 'turnOnAutoRenew', 'recordRenewal']);
export type ActionPackChangeKind = z.infer<typeof ActionPackChangeKind>;

export const ActionPackChange = z.object({
  change: ActionPackChangeKind,
  idempotencyKey: IdempotencyKey.optional(),
  at: IsoDateTime,
  by: z.string().min(1),
});
export type ActionPackChange = z.infer<typeof ActionPackChange>;

/** Stored documents are loose: Cosmos adds `_etag`, `_ts`, `_rid`, `_self` and `_attachments`, kept on a read. */
export const TenantDoc = TenantProfile.extend({
  ...storedFields('tenant'),
  /** The latest changes of the Action Pack's subscription. */
  actionPackChanges: z.array(ActionPackChange).optional(),
  /**
   * The cancellation request filed last for each target (a benefit id, or `actionPack`): writing it with the profile's
   * ETag is what lets only one of two admins filing at the same moment keep their request.
   */
  cancellationRequestIds: z.record(z.string(), z.string().min(1)).optional(),
}).loose();
export type TenantDoc = z.infer<typeof TenantDoc>;

export const UserDoc = RosterUser.extend(storedFields('user')).loose();
export type UserDoc = z.infer<typeof UserDoc>;

/**
 * A benefit carries its assignments: claiming a seat is then one ETag-conditioned write of one document, so two
 * admins racing for the last seat cannot both win, and no seat is counted without its assignee.
 */
const benefitStoredFields = { ...storedFields('benefit'), assignments: z.array(Assignment).default([]) };

export const BenefitDoc = z.discriminatedUnion('category', [
  SoftwareBenefit.extend(benefitStoredFields).loose(),
  CloudBenefit.extend(benefitStoredFields).loose(),
  VisualStudioBenefit.extend(benefitStoredFields).loose(),
  /** `idempotencyKey`: the activity that made the last change (activation, support IDs). */
  TechnicalBenefit.extend({ ...benefitStoredFields, idempotencyKey: IdempotencyKey.optional() }).loose(),
  /** `idempotencyKey`: the activity that set the offer's status. */
  GoToMarketBenefit.extend({ ...benefitStoredFields, idempotencyKey: IdempotencyKey.optional() }).loose(),
]);
export type BenefitDoc = z.infer<typeof BenefitDoc>;

/** Who saved the contact last, when, and with which activity; an imported contact has none of them. */
export const MarketingContactDoc = MarketingContact.extend({
  ...storedFields('marketingContact'),
  idempotencyKey: IdempotencyKey.optional(),
  updatedAt: IsoDateTime.optional(),
  updatedBy: z.string().min(1).optional(),
}).loose();
export type MarketingContactDoc = z.infer<typeof MarketingContactDoc>;

/** One change of a request's status: who set it, and the activity that did. */
export const StatusChange = z.object({
  status: RequestStatus,
  at: IsoDateTime,
  by: z.string().min(1),
  idempotencyKey: IdempotencyKey.optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** The number Microsoft gave the request once an admin filed it in Partner Center, and who recorded it. */
export const MicrosoftTicket = z.object({
  number: z.string().min(1),
  at: IsoDateTime,
  by: z.string().min(1),
  idempotencyKey: IdempotencyKey,
});
export type MicrosoftTicket = z.infer<typeof MicrosoftTicket>;

export const RequestDoc = ServiceRequest.extend({
  ...storedFields('request'),
  /** The activity that filed the request; its id is derived from this key. */
  idempotencyKey: IdempotencyKey.optional(),
  statusChanges: z.array(StatusChange).optional(),
  microsoftTicket: MicrosoftTicket.optional(),
}).loose();
export type RequestDoc = z.infer<typeof RequestDoc>;

export const AuditDoc = AuditEvent.extend({ ...storedFields('audit'), ttl: Ttl.optional() }).loose();
export type AuditDoc = z.infer<typeof AuditDoc>;

/** A person's own settings: the language they chose, and the activity that chose it. */
export const UserPreferenceDoc = z
  .object({
    ...storedFields('userPreference'),
    aadObjectId: z.string().min(1),
    locale: Locale,
    idempotencyKey: IdempotencyKey,
    updatedAt: IsoDateTime,
  })
  .loose();
export type UserPreferenceDoc = z.infer<typeof UserPreferenceDoc>;

/** `key` is the user's Entra object id for a personal chat, the team id for a team. */
export const ConversationRefDoc = z
  .object({
    ...storedFields('conversationRef'),
    scope: ConversationScope,
    key: z.string().min(1),
    reference: z.record(z.string(), z.json()),
    updatedAt: IsoDateTime,
  })
  .loose();
export type ConversationRefDoc = z.infer<typeof ConversationRefDoc>;

export const OutboxStatus = z.enum(['pending', 'sent', 'failed']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

/**
 * One notification to one person. `nextAttemptAt` is when any dispatcher may take it: a claim moves it to the end of
 * the claim's lease (`leaseUntil`), so the claims of a crashed dispatcher are taken over once their lease runs out.
 */
export const OutboxDoc = z
  .object({
    ...storedFields('outbox'),
    eventId: z.string().min(1),
    event: z.string().min(1),
    payload: z.record(z.string(), z.json()),
    /** The recipient's Entra object id; their personal chat is where the card goes. */
    recipient: z.string().min(1),
    locale: Locale,
    status: OutboxStatus,
    attempts: z.number().int().min(0),
    createdAt: IsoDateTime,
    nextAttemptAt: IsoDateTime,
    claimedBy: z.string().min(1).optional(),
    leaseUntil: IsoDateTime.optional(),
    sentAt: IsoDateTime.optional(),
    /** Why the last attempt did not deliver; for a failed notification, why it was given up. */
    lastError: z.string().min(1).optional(),
    /** The last day on which the company's state can call for the event again; undefined when any day can. */
    dueUntil: IsoDate.optional(),
    /**
     * Set once the notification is finished (sent or failed), never on one still due: the retention after that, and
     * never before `dueUntil` has passed, since the document is what keeps the event from being sent again.
     */
    ttl: Ttl.optional(),
  })
  .loose();
export type OutboxDoc = z.infer<typeof OutboxDoc>;

/**
 * Moves whenever notifications of the company are recorded or handed back. Reading it is a point read, where finding
 * due notifications is a query: an idle dispatcher reads this and queries the outbox only when it moved.
 */
export const OutboxSignalDoc = z
  .object({
    ...storedFields('outboxSignal'),
    changedAt: IsoDateTime,
  })
  .loose();
export type OutboxSignalDoc = z.infer<typeof OutboxSignalDoc>;

export const NotificationEventKind = z.enum(['offerActive', 'technicalActive', 'expiry', 'actionPackRenewal', 'requestStatus']);
export type NotificationEventKind = z.infer<typeof NotificationEventKind>;

export const LeadDays = z
  .array(z.number().int().min(1).max(90))
  .min(1)
  .max(5)
  .refine((days) => new Set(days).size === days.length, 'each lead time once');

/** Which notifications a company wants, and how many days ahead of an expiry or a renewal. */
export const NotificationSettings = z.object({
  disabledEvents: z.array(NotificationEventKind).default([]),
  expiryLeadDays: LeadDays.default([30, 7, 1]),
  renewalLeadDays: LeadDays.default([30, 7]),
});
export type NotificationSettings = z.infer<typeof NotificationSettings>;

export const NotificationSettingsDoc = NotificationSettings.extend({
  ...storedFields('notificationSettings'),
  updatedAt: IsoDateTime,
  updatedBy: z.string().min(1),
  /** The activity that saved these settings: a redelivered save finds its own change instead of saving again. */
  idempotencyKey: IdempotencyKey.optional(),
}).loose();
export type NotificationSettingsDoc = z.infer<typeof NotificationSettingsDoc>;

export const StoredDoc = z.discriminatedUnion('type', [
  TenantDoc,
  UserDoc,
  BenefitDoc,
  MarketingContactDoc,
  RequestDoc,
  AuditDoc,
  ConversationRefDoc,
  OutboxDoc,
  OutboxSignalDoc,
  NotificationSettingsDoc,
  UserPreferenceDoc,
]);
export type StoredDoc = z.infer<typeof StoredDoc>;
