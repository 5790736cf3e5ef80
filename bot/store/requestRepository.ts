import { createHash } from 'node:crypto';
import { RequestDoc, requestDocId } from '../domain/documents';
import type { ServiceRequest } from '../domain/request';
import { AlreadyExistsError } from './errors';
import type { Stored, TenantDocuments } from './tenantDocuments';

export type StoredRequest = Stored<RequestDoc>;

/**
 * Service requests (cancellations, support requests, presales and advisory requests). A request's id comes from the
 * idempotency key of the activity that filed it, so a redelivered activity finds the request it already filed
 * instead of filing another.
 */
export class RequestRepository {
  constructor(private readonly documents: TenantDocuments) {}

  /** The request this activity filed, if any. */
  async filedBy(tenantId: string, idempotencyKey: string, now: Date): Promise<StoredRequest | undefined> {
    for (const requestId of requestIdsFor(idempotencyKey, now)) {
      const request = await this.get(tenantId, requestId);
      if (!request) return undefined;
      if (request.idempotencyKey === idempotencyKey) return request;
    }
    return undefined;
  }

  /**
   * Files the request under the first of the activity's ids that no other activity holds, or returns the one this
   * activity filed before (`created` false).
   */
  async fileOnce(
    tenantId: string,
    idempotencyKey: string,
    request: Omit<ServiceRequest, 'requestId'>,
  ): Promise<{ request: StoredRequest; created: boolean }> {
    for (const requestId of requestIdsFor(idempotencyKey, new Date(request.createdAt))) {
      const document: RequestDoc = { ...request, requestId, idempotencyKey, id: requestDocId(requestId), tenantId, type: 'request' };
      try {
        return { request: parse(await this.documents.create(document)), created: true };
      } catch (error) {
        if (!(error instanceof AlreadyExistsError)) throw error;
        const existing = await this.get(tenantId, requestId);
        if (existing?.idempotencyKey === idempotencyKey) return { request: existing, created: false };
      }
    }
    throw new Error('Every request id of this activity is taken by other requests');
  }

  async get(tenantId: string, requestId: string): Promise<StoredRequest | undefined> {
    const document = await this.documents.read(tenantId, requestDocId(requestId));
    return document ? parse(document) : undefined;
  }

  /** Newest first. */
  async list(tenantId: string): Promise<StoredRequest[]> {
    const documents = await this.documents.query(tenantId, { where: "c.type = 'request'" });
    return documents.map(parse).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Takes back a request just filed that must not stand; one already gone counts as taken back. */
  withdraw(tenantId: string, requestId: string): Promise<void> {
    return this.documents.delete(tenantId, requestDocId(requestId));
  }

  /** Throws ConcurrencyError when the request changed since `etag` was read. */
  async replace(request: RequestDoc, etag: string): Promise<StoredRequest> {
    return parse(await this.documents.replace(request, etag));
  }
}

/** Ids tried for one activity, each only when the one before belongs to another activity's request. */
const REQUEST_ID_CANDIDATES = 4;

/**
 * The ids a request of this activity may take: short ids people can quote to support, the day it was filed and a
 * digest of the activity's key. A digest this short can be another activity's too; such a request is never taken for
 * this activity's, and the next id is used.
 */
export function* requestIdsFor(idempotencyKey: string, now: Date): Generator<string> {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  for (let candidate = 0; candidate < REQUEST_ID_CANDIDATES; candidate++) {
    const digest = createHash('sha256').update(candidate === 0 ? idempotencyKey : `${idempotencyKey}#${candidate}`).digest('hex');
    yield `REQ-${day}-${digest.slice(0, 6).toUpperCase()}`;
  }
}

function parse(document: Stored<{ id: string; tenantId: string; type: string }>): StoredRequest {
  return { ...RequestDoc.parse(document), _etag: document._etag };
}
