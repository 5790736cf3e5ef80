import { utcDayNumber } from '../domain/dates';
import { outboxDocId, type OutboxDoc } from '../domain/documents';
import { DEFAULT_RETENTION, MAX_TTL_SECONDS, ttlSeconds } from '../domain/retention';
import { ConcurrencyError } from '../store/errors';
import { storedOutboxDoc, type OutboxDocuments } from '../store/outboxDocuments';
import type { Stored, TenantDocuments } from '../store/tenantDocuments';
import type { NotificationEvent } from './dueEvents';
import { OutboxSignal } from './outboxSignal';
import type { Delivery } from './recipients';

export type StoredNotification = Stored<OutboxDoc>;

/** The document id of one event for one person: the same event never reaches the same person twice. */
export function notificationDocId(eventId: string, recipient: string): string {
  return outboxDocId(`${eventId}:${recipient}`);
}

export interface Lease {
  now: number;
  instanceId: string;
  leaseMs: number;
}

/**
 * Notifications waiting to be delivered, one document per event and person. Every change of a notification is
 * conditioned on the ETag of the claim that holds it, so two dispatchers never both hold one.
 */
export class Outbox {
  private readonly signal: OutboxSignal;
  /** How long a finished notification is kept, in seconds. */
  private readonly retentionSeconds: number;

  constructor(
    private readonly documents: TenantDocuments,
    private readonly outboxDocuments: OutboxDocuments,
    finishedRetentionDays = DEFAULT_RETENTION.finishedOutboxDays,
  ) {
    this.signal = new OutboxSignal(documents);
    this.retentionSeconds = ttlSeconds(finishedRetentionDays);
  }

  /**
   * Creates what is not there yet; an id already taken means the event was recorded for that person before. New
   * notifications ring the company's outbox signal once all of them are stored.
   */
  async enqueue(tenantId: string, event: NotificationEvent, deliveries: readonly Delivery[], now: number): Promise<number> {
    const at = new Date(now).toISOString();
    const documents = deliveries.map(
      ({ recipient, locale }): OutboxDoc => ({
        id: notificationDocId(event.id, recipient),
        tenantId,
        type: 'outbox',
        eventId: event.id,
        event: event.kind,
        payload: event.facts,
        recipient,
        locale,
        status: 'pending',
        attempts: 0,
        createdAt: at,
        nextAttemptAt: at,
        ...(event.dueUntil ? { dueUntil: event.dueUntil } : {}),
      }),
    );
    const created = await this.outboxDocuments.createNew(tenantId, documents);
    if (created > 0) await this.signal.ring(tenantId, now);
    return created;
  }

  /** Changes whenever notifications of the company are recorded or handed back; reading it costs no query. */
  signalVersion(tenantId: string): Promise<string | undefined> {
    return this.signal.version(tenantId);
  }

  /**
   * Up to `limit` notifications due at `now`, the longest waiting first, read without claiming them: one query can
   * feed many claims. A notification claimed by an instance whose lease ran out is due again, to be taken over.
   */
  findDue(tenantId: string, now: number, limit: number): Promise<StoredNotification[]> {
    return this.outboxDocuments.findDue(tenantId, now, limit);
  }

  /**
   * Claims these notifications, as `findDue` read them, for this instance until the lease ends. Each claim is
   * conditioned on the ETag that was read, so one changed since (another instance claimed it) is skipped: nothing is
   * ever held by two instances.
   */
  async claim(candidates: readonly StoredNotification[], lease: Lease): Promise<StoredNotification[]> {
    const leaseUntil = new Date(lease.now + lease.leaseMs).toISOString();
    const claims = await this.outboxDocuments.replaceEach(
      candidates.map((candidate) => ({
        next: { ...candidate, claimedBy: lease.instanceId, leaseUntil, nextAttemptAt: leaseUntil },
        etag: candidate._etag,
      })),
    );
    return claims.filter((claim): claim is StoredNotification => claim !== undefined);
  }

  /** In the order given: undefined for a notification another instance took over in between. */
  markSent(sent: readonly { notification: StoredNotification; at: number }[]): Promise<(StoredNotification | undefined)[]> {
    return this.outboxDocuments.replaceEach(
      sent.map(({ notification, at }) => {
        const { claimedBy: _claimedBy, leaseUntil: _leaseUntil, lastError: _lastError, _etag: etag, ...rest } = notification;
        return { next: { ...rest, status: 'sent' as const, sentAt: new Date(at).toISOString(), ...this.expiry(notification, at) }, etag };
      }),
    );
  }

  /** Back to pending, due at `at`; `countAttempt` when the attempt failed rather than being held back. */
  reschedule(
    notification: StoredNotification,
    at: number,
    change: { countAttempt: boolean; reason?: string },
  ): Promise<StoredNotification | undefined> {
    // A notification still due never expires, whatever it carried.
    const { claimedBy: _claimedBy, leaseUntil: _leaseUntil, ttl: _ttl, ...rest } = notification;
    return this.replaceIfUnchanged(
      {
        ...rest,
        status: 'pending',
        attempts: notification.attempts + (change.countAttempt ? 1 : 0),
        nextAttemptAt: new Date(at).toISOString(),
        ...(change.reason ? { lastError: change.reason } : {}),
      },
      notification._etag,
    );
  }

  /** Claimed but not to be sent here (the dispatcher stops): due at once, and every instance is told. */
  async handBack(notifications: readonly StoredNotification[], now: number): Promise<void> {
    await Promise.allSettled(notifications.map((notification) => this.reschedule(notification, now, { countAttempt: false })));
    for (const tenantId of new Set(notifications.map((notification) => notification.tenantId))) await this.signal.ring(tenantId, now);
  }

  /** Dead letter: kept with the reason for the retention, never tried again. */
  fail(notification: StoredNotification, reason: string, countAttempt: boolean, at: number): Promise<StoredNotification | undefined> {
    const { claimedBy: _claimedBy, leaseUntil: _leaseUntil, ...rest } = notification;
    const attempts = notification.attempts + (countAttempt ? 1 : 0);
    return this.replaceIfUnchanged(
      { ...rest, status: 'failed', attempts, lastError: reason, ...this.expiry(notification, at) },
      notification._etag,
    );
  }

  /**
   * The `ttl` of a notification finished at `finishedAt`: the retention, counted from the end of the last day its event
   * can be due again, or from now when that has passed. None for an event any day can call for (or recorded before
   * events said when they stop being due): removing its document would send it again.
   */
  private expiry(notification: OutboxDoc, finishedAt: number): { ttl?: number } {
    if (notification.dueUntil === undefined) return {};
    const dueEnds = utcDayNumber(notification.dueUntil) * 86_400 + 86_400;
    const stillDue = Math.max(0, dueEnds - Math.floor(finishedAt / 1000));
    return { ttl: Math.min(stillDue + this.retentionSeconds, MAX_TTL_SECONDS) };
  }

  async get(tenantId: string, id: string): Promise<StoredNotification | undefined> {
    const document = await this.documents.read(tenantId, id);
    return document ? storedOutboxDoc(document) : undefined;
  }

  private async replaceIfUnchanged(notification: OutboxDoc, etag: string): Promise<StoredNotification | undefined> {
    try {
      return storedOutboxDoc(await this.documents.replace(notification, etag));
    } catch (error) {
      if (error instanceof ConcurrencyError) return undefined;
      throw error;
    }
  }
}
