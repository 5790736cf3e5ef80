import { BulkOperationType, type Container, type JSONObject, type OperationInput } from '@azure/cosmos';
import { OutboxDoc } from '../domain/documents';
import { bulkInChunks } from './bulk';
import { storeCall } from './errors';
import { withoutSystemProperties } from './systemProperties';
import type { Stored } from './tenantDocuments';
import { withoutEtag } from './withoutEtag';

/**
 * The outbox's documents where one request does the work of many: bulk creation, bulk conditioned replacement, and
 * the query for due notifications.
 */
export class OutboxDocuments {
  constructor(private readonly container: Container) {}

  /** Creates what is not there yet, in few requests; answers how many were created (an id already taken is skipped). */
  async createNew(tenantId: string, documents: readonly OutboxDoc[]): Promise<number> {
    const operations: OperationInput[] = documents.map((document) => ({
      operationType: BulkOperationType.Create,
      partitionKey: tenantId,
      resourceBody: document as unknown as JSONObject,
    }));
    let created = 0;
    for (const response of await bulkInChunks(this.container, operations)) {
      if (response.statusCode === 201) created += 1;
      else if (response.statusCode !== 409) throw new Error(`The store answered ${response.statusCode} to recording a notification`);
    }
    return created;
  }

  /**
   * Many conditioned replacements in few requests (the store's bulk operations, each with its own ETag condition);
   * undefined where the condition failed.
   */
  async replaceEach(changes: readonly { next: OutboxDoc; etag: string }[]): Promise<(Stored<OutboxDoc> | undefined)[]> {
    const operations: OperationInput[] = changes.map(({ next, etag }) => ({
      operationType: BulkOperationType.Replace,
      id: next.id,
      partitionKey: next.tenantId,
      resourceBody: withoutEtag(next) as JSONObject,
      ifMatch: etag,
    }));
    const responses = await bulkInChunks(this.container, operations);
    return responses.map((response, index) => {
      if (response.statusCode >= 200 && response.statusCode < 300 && response.resourceBody) return storedOutboxDoc(response.resourceBody);
      if (response.statusCode === 412 || response.statusCode === 404) return undefined;
      throw new Error(`The store answered ${response.statusCode} for ${changes[index].next.id}`);
    });
  }

  /** Up to `limit` pending notifications due at `now`, the longest waiting first. */
  async findDue(tenantId: string, now: number, limit: number): Promise<Stored<OutboxDoc>[]> {
    const query = {
      query: `SELECT TOP ${limit} * FROM c WHERE c.tenantId = @tenantId AND c.type = 'outbox' AND c.status = 'pending' AND c.nextAttemptAt <= @now ORDER BY c.nextAttemptAt`,
      parameters: [
        { name: '@tenantId', value: tenantId },
        { name: '@now', value: new Date(now).toISOString() },
      ],
    };
    // One page: the store runs the query again for every further page.
    const options = { maxItemCount: limit };
    const found = await storeCall(async () => (await this.container.items.query<OutboxDoc>(query, options).fetchAll()).resources);
    return found.map(storedOutboxDoc);
  }
}

export function storedOutboxDoc(document: object): Stored<OutboxDoc> {
  const etag = (document as { _etag?: unknown })._etag;
  return withoutSystemProperties({ ...OutboxDoc.parse(document), _etag: String(etag) });
}
