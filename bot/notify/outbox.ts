import { BulkOperationType, type Container, type JSONObject, type OperationInput, type SqlParameter } from '@azure/cosmos';
import { OutboxDoc, outboxDocId } from '../domain/documents';
import { ConcurrencyError, storeCall } from '../store/errors';
import type { Stored, TenantDocuments } from '../store/tenantDocuments';
import type { NotificationEvent } from './dueEvents';
import type { Delivery } from './recipients';

export type StoredNotification = Stored<OutboxDoc>;

/** The document id of one event for one person: the same event never reaches the same person twice. */
export function notificationDocId(eventId: string, recipient: string): string {
  return outboxDocId(`${eventId}:${recipient}`);
}

export interface ClaimRequest {
  limit: number;
  now: number;
  instanceId: string;
  leaseMs: number;
}

/** Candidates read beyond what is claimed: instances polling together then rarely pick the same ones. */
const SPARE_CANDIDATES = 100;
/** The most operations the store takes in one bulk request. */
const BULK_SIZE = 100;

/**
 * Notifications waiting to be delivered, one document per event and person. Every change of a notification is
 * conditioned on the ETag of the claim that holds it, so two dispatchers never both hold one.
 */
export class Outbox {
  constructor(
    private readonly documents: TenantDocuments,
    private readonly container: Container,
  ) {}

  /** Creates what is not there yet; an id already taken means the event was recorded for that person before. */
  async enqueue(tenantId: string, event: NotificationEvent, deliveries: readonly Delivery[], now: number): Promise<number> {
    const at = new Date(now).toISOString();
    let created = 0;
    for (let start = 0; start < deliveries.length; start += BULK_SIZE) {
      const operations: OperationInput[] = deliveries.slice(start, start + BULK_SIZE).map(({ recipient, locale }) => {
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
        };
        return { operationType: BulkOperationType.Create, partitionKey: tenantId, resourceBody: document as unknown as JSONObject };
      });
      for (const response of await storeCall(() => this.container.items.bulk(operations))) {
        if (response.statusCode === 201) created += 1;
        else if (response.statusCode !== 409) throw new Error(`The store answered ${response.statusCode} to recording a notification`);
      }
    }
    return created;
  }

  /**
   * Takes up to `limit` due notifications for this instance until the lease ends. A notification another instance
   * claimed in between is skipped; one whose lease ran out is due again and taken over.
   */
  async claimDue(tenantId: string, request: ClaimRequest): Promise<StoredNotification[]> {
    const now = new Date(request.now).toISOString();
    const top = request.limit + SPARE_CANDIDATES;
    const candidates = await this.select<OutboxDoc>(
      `SELECT TOP ${top} * FROM c WHERE c.tenantId = @tenantId AND c.type = 'outbox' AND c.status = 'pending' AND c.nextAttemptAt <= @now ORDER BY c.nextAttemptAt`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@now', value: now },
      ],
      top,
    );
    const leaseUntil = new Date(request.now + request.leaseMs).toISOString();
    const claims = await this.replaceEach(
      spreadOut(candidates.map(parse), request.limit).map((candidate) => ({
        next: { ...candidate, claimedBy: request.instanceId, leaseUntil, nextAttemptAt: leaseUntil },
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
        return { next: { ...rest, status: 'sent' as const, sentAt: new Date(at).toISOString() }, etag };
      }),
    );
  }

  /** Back to pending, due at `at`; `countAttempt` when the attempt failed rather than being held back. */
  reschedule(
    notification: StoredNotification,
    at: number,
    change: { countAttempt: boolean; reason?: string },
  ): Promise<StoredNotification | undefined> {
    const { claimedBy: _claimedBy, leaseUntil: _leaseUntil, ...rest } = notification;
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

  /** Dead letter: kept with the reason, never tried again. */
  fail(notification: StoredNotification, reason: string, countAttempt: boolean): Promise<StoredNotification | undefined> {
    const { claimedBy: _claimedBy, leaseUntil: _leaseUntil, ...rest } = notification;
    return this.replaceIfUnchanged(
      { ...rest, status: 'failed', attempts: notification.attempts + (countAttempt ? 1 : 0), lastError: reason },
      notification._etag,
    );
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
    const results: (StoredNotification | undefined)[] = [];
    for (let start = 0; start < changes.length; start += BULK_SIZE) {
      const chunk = changes.slice(start, start + BULK_SIZE);
      const operations: OperationInput[] = chunk.map(({ next, etag }) => {
        const { _etag: _ignored, ...body } = next as OutboxDoc & { _etag?: string };
        return { operationType: BulkOperationType.Replace, id: next.id, partitionKey: next.tenantId, resourceBody: body as JSONObject, ifMatch: etag };
      });
      const responses = await storeCall(() => this.container.items.bulk(operations));
      responses.forEach((response, index) => {
        if (response.statusCode >= 200 && response.statusCode < 300 && response.resourceBody) {
          results.push(parse(response.resourceBody));
        } else if (response.statusCode === 412 || response.statusCode === 404) {
          results.push(undefined);
        } else {
          throw new Error(`The store answered ${response.statusCode} for ${chunk[index]!.next.id}`);
        }
      });
    }
    return results;
  }

  /** Queries that need TOP or an aggregate; always scoped to one tenant in the WHERE clause. */
  private select<T>(query: string, parameters: SqlParameter[], pageSize: number): Promise<T[]> {
    // One page: the store runs the query again for every further page.
    const options = { maxItemCount: pageSize };
    return storeCall(async () => (await this.container.items.query<T>({ query, parameters }, options).fetchAll()).resources);
  }
}

const SYSTEM_PROPERTIES = ['_rid', '_self', '_ts', '_attachments'];

function parse(document: object): StoredNotification {
  const etag = (document as { _etag?: unknown })._etag;
  const notification: Record<string, unknown> = { ...OutboxDoc.parse(document), _etag: String(etag) };
  for (const property of SYSTEM_PROPERTIES) delete notification[property];
  return notification as StoredNotification;
}

/** Up to `limit` candidates, starting at a random place so that instances reading the same list claim different ones. */
function spreadOut<T>(candidates: readonly T[], limit: number): T[] {
  if (candidates.length <= limit) return [...candidates];
  const start = Math.floor(Math.random() * (candidates.length - limit + 1));
  return candidates.slice(start, start + limit);
}
