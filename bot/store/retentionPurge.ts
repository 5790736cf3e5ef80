import { BulkOperationType, type Container, type OperationInput } from '@azure/cosmos';
import type { Logger } from '../logger';
import { bulkInChunks } from './bulk';
import { storeCall } from './errors';

/** Documents read and deleted per round: a company's whole history is never held at once. */
const PURGE_BATCH = 100;

/**
 * What Azure Cosmos DB does by itself from a document's `ttl`, done by a query for the embedded store, which has no
 * TTL: an audit event, or a finished notification (sent or given up), whose `ttl` seconds have passed since its last
 * write (`_ts`). A notification still due is left alone even if it carried a `ttl`.
 */
const EXPIRED = `c.tenantId = @tenantId AND IS_NUMBER(c.ttl) AND c._ts + c.ttl <= @nowSeconds
  AND (c.type = 'audit' OR (c.type = 'outbox' AND (c.status = 'sent' OR c.status = 'failed')))`;

export class RetentionPurge {
  constructor(
    private readonly container: Container,
    private readonly batchSize = PURGE_BATCH,
  ) {}

  /** Deletes what had expired in one company by `now`, a batch at a time; the number deleted. */
  async purgeTenant(tenantId: string, now: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      const ids = await this.expiredIds(tenantId, now);
      const removed = await this.delete(tenantId, ids);
      deleted += removed;
      // A batch that removed nothing would come back the same: stop rather than ask again.
      if (ids.length < this.batchSize || removed === 0) return deleted;
    }
  }

  private expiredIds(tenantId: string, now: Date): Promise<string[]> {
    // The tenant is in the WHERE clause: the embedded store ignores the partitionKey option of a query.
    const query = {
      query: `SELECT TOP ${this.batchSize} VALUE c.id FROM c WHERE ${EXPIRED}`,
      parameters: [
        { name: '@tenantId', value: tenantId },
        { name: '@nowSeconds', value: Math.floor(now.getTime() / 1000) },
      ],
    };
    return storeCall(async () => (await this.container.items.query<string>(query, { maxItemCount: this.batchSize }).fetchAll()).resources);
  }

  /** Deletes these documents of the company; one already gone counts as deleted by someone else. */
  private async delete(tenantId: string, ids: readonly string[]): Promise<number> {
    const operations: OperationInput[] = ids.map((id) => ({ operationType: BulkOperationType.Delete, id, partitionKey: tenantId }));
    let deleted = 0;
    for (const [index, response] of (await bulkInChunks(this.container, operations)).entries()) {
      if (response.statusCode === 204) deleted += 1;
      else if (response.statusCode !== 404) throw new Error(`The store answered ${response.statusCode} to deleting ${ids[index]}`);
    }
    return deleted;
  }
}

export interface RunningPurge {
  /** Waits for a purge under way, and runs no more. */
  stop(): Promise<void>;
}

export interface PurgeParts {
  purge: RetentionPurge;
  listTenantIds(): Promise<string[]>;
  intervalMs: number;
  logger: Logger;
  now?: () => Date;
}

/** Purges every company now and then every `intervalMs`, for as long as the process runs. */
export function startRetentionPurge(parts: PurgeParts): RunningPurge {
  const { purge, logger, now = () => new Date() } = parts;
  const purgeAll = async (): Promise<void> => {
    for (const tenantId of await parts.listTenantIds()) {
      const deleted = await purge.purgeTenant(tenantId, now());
      if (deleted > 0) logger.info('deleted expired audit events and notifications', { tenantId, deleted });
    }
  };
  let running: Promise<void> | undefined;
  const tick = () => {
    // A purge still under way when the next is due is enough: they would delete the same documents.
    running ??= purgeAll()
      .catch((error: unknown) => logger.error('retention purge failed', { error }))
      .finally(() => (running = undefined));
  };
  tick();
  const timer = setInterval(tick, parts.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
