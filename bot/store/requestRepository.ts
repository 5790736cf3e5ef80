import { createHash } from 'node:crypto';
import { RequestDoc, requestDocId } from '../domain/documents';
import type { ServiceRequest } from '../domain/request';
import { AlreadyExistsError } from './errors';
import type { Stored, TenantDocuments } from './tenantDocuments';

export type StoredRequest = Stored<RequestDoc>;

/**
 * Service requests (cancellations, support requests, presales and advisory requests). A request's id comes from the
 * activity that filed it, so a redelivered activity finds the request it already filed instead of filing another.
 */
export class RequestRepository {
  constructor(private readonly documents: TenantDocuments) {}

  /** Files the request, or returns the one this activity filed before (`created` false). */
  async fileOnce(tenantId: string, request: ServiceRequest): Promise<{ request: StoredRequest; created: boolean }> {
    const document: RequestDoc = { ...request, id: requestDocId(request.requestId), tenantId, type: 'request' };
    try {
      return { request: parse(await this.documents.create(document)), created: true };
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      const existing = await this.get(tenantId, request.requestId);
      if (!existing) throw error;
      return { request: existing, created: false };
    }
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

/** A short id people can quote to support: the day it was filed and a digest of the activity that filed it. */
export function requestIdFor(activityId: string, now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const digest = createHash('sha256').update(activityId).digest('hex').slice(0, 6).toUpperCase();
  return `REQ-${day}-${digest}`;
}

function parse(document: Stored<{ id: string; tenantId: string; type: string }>): StoredRequest {
  return { ...RequestDoc.parse(document), _etag: document._etag };
}
