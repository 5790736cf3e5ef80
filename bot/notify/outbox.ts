import type { Container, SqlParameter } from '@azure/cosmos';
import { OutboxDoc, outboxDocId } from '../domain/documents';
import { AlreadyExistsError, ConcurrencyError, storeCall } from '../store/errors';
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

/** Candidates read per claim, as a multiple of what is claimed: instances polling together then rarely collide. */
const CANDIDATE_FACTOR = 3;
const CREATE_CONCURRENCY = 32;

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
    for (let start = 0; start < deliveries.length; start += CREATE_CONCURRENCY) {
      const chunk = deliveries.slice(start, start + CREATE_CONCURRENCY);
      const results = await Promise.all(
        chunk.map(async ({ recipient, locale }) => {
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
          try {
            await this.documents.create(document);
            return 1;
          } catch (error) {
            if (error instanceof AlreadyExistsError) return 0;
            throw error;
          }
        }),
      );
      created += results.reduce<number>((sum, one) => sum + one, 0);
    }
    return created;
  }

  /**
   * Takes up to `limit` due notifications for this instance until the lease ends. A notification another instance
   * claimed in between is skipped; one whose lease ran out is due again and taken over.
   */
  async claimDue(tenantId: string, request: ClaimRequest): Promise<StoredNotification[]> {
    const now = new Date(request.now).toISOString();
    const candidates = await this.select<OutboxDoc>(
      `SELECT TOP ${Math.max(1, request.limit * CANDIDATE_FACTOR)} * FROM c WHERE c.tenantId = @tenantId AND c.type = 'outbox' AND c.status = 'pending' AND c.nextAttemptAt <= @now ORDER BY c.nextAttemptAt`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@now', value: now },
      ],
    );
    const leaseUntil = new Date(request.now + request.leaseMs).toISOString();
    const claims = await Promise.all(
      spreadOut(candidates.map(parse), request.limit).map((candidate) =>
        this.replaceIfUnchanged({ ...candidate, claimedBy: request.instanceId, leaseUntil, nextAttemptAt: leaseUntil }, candidate._etag),
      ),
    );
    return claims.filter((claim): claim is StoredNotification => claim !== undefined);
  }

  /** Undefined when another instance took the notification over in between. */
  markSent(notification: StoredNotification, now: number): Promise<StoredNotification | undefined> {
    const { claimedBy: _claimedBy, leaseUntil: _leaseUntil, lastError: _lastError, ...rest } = notification;
    return this.replaceIfUnchanged({ ...rest, status: 'sent', sentAt: new Date(now).toISOString() }, notification._etag);
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

  /** Queries that need TOP or an aggregate; always scoped to one tenant in the WHERE clause. */
  private select<T>(query: string, parameters: SqlParameter[]): Promise<T[]> {
    return storeCall(async () => (await this.container.items.query<T>({ query, parameters }).fetchAll()).resources);
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
