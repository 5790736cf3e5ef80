import { BulkOperationType, type Container, type SqlParameter } from '@azure/cosmos';
import { bulkInChunks } from './bulk';
import { AlreadyExistsError, ConcurrencyError, statusCodeOf, storeCall } from './errors';
import { withoutSystemProperties } from './systemProperties';
import { withoutEtag } from './withoutEtag';

export interface TenantDocument {
  id: string;
  tenantId: string;
  type: string;
}

/** A document as read from the store: its ETag is the condition for the next write. */
export type Stored<T> = T & { _etag: string };

export interface TenantQuery {
  /** Extra conditions on `c`, ANDed after the tenant condition. */
  where?: string;
  parameters?: SqlParameter[];
}

/**
 * Reads and writes documents of one tenant. Every query is scoped to the tenant in its WHERE clause, because the
 * embedded store ignores the partition-key option; every update is conditioned on the ETag that was read.
 * Queries have no ORDER BY: that costs a query-plan round trip per query, and a company's documents sort in memory.
 */
export class TenantDocuments {
  constructor(private readonly container: Container) {}

  read<T extends TenantDocument>(tenantId: string, id: string): Promise<Stored<T> | undefined> {
    return storeCall(async () => {
      try {
        const { resource } = await this.container.item(id, tenantId).read<T>();
        return resource ? (withoutSystemProperties(resource)) : undefined;
      } catch (error) {
        if (statusCodeOf(error) === 404) return undefined;
        throw error;
      }
    });
  }

  /** Many point reads in a few bulk requests, in the order given; undefined where there is no such document. */
  async readMany<T extends TenantDocument>(tenantId: string, ids: readonly string[]): Promise<(Stored<T> | undefined)[]> {
    const responses = await bulkInChunks(
      this.container,
      ids.map((id) => ({ operationType: BulkOperationType.Read, id, partitionKey: tenantId })),
    );
    return responses.map((response, index) => {
      if (response.statusCode === 404) return undefined;
      if (response.statusCode !== 200 || !response.resourceBody) {
        throw new Error(`The store answered ${response.statusCode} to reading ${ids[index]}`);
      }
      return withoutSystemProperties(response.resourceBody) as unknown as Stored<T>;
    });
  }

  query<T extends TenantDocument>(tenantId: string, query: TenantQuery = {}): Promise<Stored<T>[]> {
    const where = query.where ? ` AND (${query.where})` : '';
    return storeCall(async () => {
      const { resources } = await this.container.items
        .query<T>(
          {
            query: `SELECT * FROM c WHERE c.tenantId = @tenantId${where}`,
            parameters: [{ name: '@tenantId', value: tenantId }, ...(query.parameters ?? [])],
          },
          { partitionKey: tenantId },
        )
        .fetchAll();
      return resources.map((resource) => withoutSystemProperties(resource) as Stored<T>);
    });
  }

  listByType<T extends TenantDocument>(tenantId: string, type: T['type']): Promise<Stored<T>[]> {
    return this.query<T>(tenantId, { where: 'c.type = @type', parameters: [{ name: '@type', value: type }] });
  }

  create<T extends TenantDocument>(document: T): Promise<Stored<T>> {
    return storeCall(async () => {
      try {
        const { resource } = await this.container.items.create<T>(withoutEtag(document) as T);
        return withoutSystemProperties(resource as T) as Stored<T>;
      } catch (error) {
        if (statusCodeOf(error) === 409) throw new AlreadyExistsError(document.id);
        throw error;
      }
    });
  }

  /** Replaces the document only if it still carries `etag`; otherwise throws ConcurrencyError. */
  replace<T extends TenantDocument>(document: T, etag: string): Promise<Stored<T>> {
    return storeCall(async () => {
      try {
        const { resource } = await this.container
          .item(document.id, document.tenantId)
          .replace<T>(withoutEtag(document) as T, { accessCondition: { type: 'IfMatch', condition: etag } });
        return withoutSystemProperties(resource as T) as Stored<T>;
      } catch (error) {
        const status = statusCodeOf(error);
        if (status === 412 || status === 404) throw new ConcurrencyError(document.id);
        throw error;
      }
    });
  }

  /** For documents that are only ever written whole, where the last writer may win (conversation references). */
  upsert<T extends TenantDocument>(document: T): Promise<Stored<T>> {
    return storeCall(async () => {
      const { resource } = await this.container.items.upsert<T>(withoutEtag(document) as T);
      return withoutSystemProperties(resource as T) as Stored<T>;
    });
  }

  /** Deletes the document only if it still carries `etag`; a document already gone counts as deleted. */
  delete(tenantId: string, id: string, etag?: string): Promise<void> {
    return storeCall(async () => {
      try {
        const options = etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined;
        await this.container.item(id, tenantId).delete(options);
      } catch (error) {
        const status = statusCodeOf(error);
        if (status === 412) throw new ConcurrencyError(id);
        if (status !== 404) throw error;
      }
    });
  }
}
