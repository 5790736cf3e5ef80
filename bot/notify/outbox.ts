import { BulkOperationType, type Container, type JSONObject, type OperationInput, type SqlParameter } from '@azure/cosmos';
import { OutboxDoc, outboxDocId } from '../domain/documents';
import { utcDayNumber } from '../domain/dates';
import { DEFAULT_RETENTION, MAX_TTL_SECONDS, ttlSeconds } from '../domain/retention';
import { bulkInChunks } from '../store/bulk';
import { ConcurrencyError, storeCall } from '../store/errors';
import { withoutSystemProperties } from '../store/systemProperties';
import { withoutEtag } from '../store/withoutEtag';
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
    private readonly container: Container,
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
    const operations: OperationInput[] = deliveries.map(({ recipient, locale }) => {
      const document: OutboxDoc = {
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
      };
      return { operationType: BulkOperationType.Create, partitionKey: tenantId, resourceBody: document as unknown as JSONObject };
    });
    let created = 0;
    for (const response of await bulkInChunks(this.container, operations)) {
      if (response.statusCode === 201) created += 1;
      else if (response.statusCode !== 409) throw new Error(`The store answered ${response.statusCode} to recording a notification`);
    }
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
  async findDue(tenantId: string, now: number, limit: number): Promise<StoredNotification[]> {
    const candidates = await this.select<OutboxDoc>(
      `SELECT TOP ${limit} * FROM c WHERE c.tenantId = @tenantId AND c.type = 'outbox' AND c.status = 'pending' AND c.nextAttemptAt <= @now ORDER BY c.nextAttemptAt`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@now', value: new Date(now).toISOString() },
      ],
      limit,
    );
    return candidates.map(parse);
  }

  /**
   * Claims these notifications, as `findDue` read them, for this instance until the lease ends. Each claim is
   * conditioned on the ETag that was read, so one changed since (another instance claimed it) is skipped: nothing is
   * ever held by two instances.
   */
  async claim(candidates: readonly StoredNotification[], lease: Lease): Promise<StoredNotification[]> {
    const leaseUntil = new Date(lease.now + lease.leaseMs).toISOString();
    const claims = await this.replaceEach(
      candidates.map((candidate) => ({
        next: { ...candidate, claimedBy: lease.instanceId, leaseUntil, nextAttemptAt: leaseUntil },
        etag: candidate._etag,
      })),
    );
    return claims.filter((claim): claim is StoredNotification => claim !== undefined);
  }

  /** In the order given: undefined for a notification another instance took over in between. */
  markSent(sent: readonly { notification: StoredNotification; at: number }[]): Promise<(StoredNotification | undefined)[]> {
    return this.replaceEach(
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
    return document ? parse(document) : undefined;
  }

  private async replaceIfUnchanged(notification: OutboxDoc, etag: string): Promise<StoredNotification | undefined> {
    try {
      return parse(await this.documents.replace(notification, etag));
    } catch (error) {
      if (error instanceof ConcurrencyError) return undefined;
      throw error;
    }
  }

  /**
   * Many conditioned replacements in few requests (the store's bulk operations, each with its own ETag condition);
   * undefined where the condition failed.
   */
  private async replaceEach(changes: readonly { next: OutboxDoc; etag: string }[]): Promise<(StoredNotification | undefined)[]> {
    const operations: OperationInput[] = changes.map(({ next, etag }) => ({
      operationType: BulkOperationType.Replace,
      id: next.id,
      partitionKey: next.tenantId,
      resourceBody: withoutEtag(next) as JSONObject,
      ifMatch: etag,
    }));
    const responses = await bulkInChunks(this.container, operations);
    return responses.map((response, index) => {
      if (response.statusCode >= 200 && response.statusCode < 300 && response.resourceBody) return parse(response.resourceBody);
      if (response.statusCode === 412 || response.statusCode === 404) return undefined;
      throw new Error(`The store answered ${response.statusCode} for ${changes[index]!.next.id}`);
    });
  }

  /** Queries that need TOP or an aggregate; always scoped to one tenant in the WHERE clause. */
  private select<T>(query: string, parameters: SqlParameter[], pageSize: number): Promise<T[]> {
    // One page: the store runs the query again for every further page.
    const options = { maxItemCount: pageSize };
    return storeCall(async () => (await this.container.items.query<T>({ query, parameters }, options).fetchAll()).resources);
  }
}

function parse(document: object): StoredNotification {
  const etag = (document as { _etag?: unknown })._etag;
  return withoutSystemProperties({ ...OutboxDoc.parse(document), _etag: String(etag) });
}
