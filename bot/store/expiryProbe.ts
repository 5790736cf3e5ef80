import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Container } from '@azure/cosmos';
import { statusCodeOf } from './errors';

/** A partition no company has: the probe document is never one of a company's documents. */
const PROBE_PARTITION = 'expiry-probe';
/** The shortest `ttl` there is. */
const PROBE_TTL_SECONDS = 1;
/** `_ts` counts whole seconds, so a document written with a `ttl` of 1 has expired 2 s later at the latest. */
const LOOK_AFTER_MS = 2_500;
/**
 * How long the deletion of the probe's document is waited for, also once stopped: a store that does not answer keeps
 * no process from stopping.
 */
const REMOVE_WITHIN_MS = 1_000;

/**
 * Whether the store removes a document whose `ttl` has passed, as the container's default TTL asks: one is written
 * with the shortest `ttl` and looked for by a query once that has run out. Azure Cosmos DB leaves an expired document
 * out of every query at once, before it deletes it in the background; a Cosmos-compatible server without TTL still
 * finds it. The probe deletes its document whatever the answer.
 */
export async function storeExpiresDocuments(container: Container, signal?: AbortSignal): Promise<boolean> {
  const id = `${PROBE_PARTITION}:${randomUUID()}`;
  const document = { id, tenantId: PROBE_PARTITION, type: PROBE_PARTITION, ttl: PROBE_TTL_SECONDS };
  await container.items.create(document, { abortSignal: signal });
  try {
    await sleep(LOOK_AFTER_MS, undefined, { signal });
    const query = {
      query: 'SELECT VALUE c.id FROM c WHERE c.tenantId = @partition AND c.id = @id',
      parameters: [
        { name: '@partition', value: PROBE_PARTITION },
        { name: '@id', value: id },
      ],
    };
    const { resources } = await container.items.query<string>(query, { partitionKey: PROBE_PARTITION, abortSignal: signal }).fetchAll();
    return resources.length === 0;
  } finally {
    await removeProbe(container, id);
  }
}

async function removeProbe(container: Container, id: string): Promise<void> {
  try {
    await container.item(id, PROBE_PARTITION).delete({ abortSignal: AbortSignal.timeout(REMOVE_WITHIN_MS) });
  } catch (error) {
    // Azure Cosmos DB may have deleted it already.
    if (statusCodeOf(error) !== 404) throw error;
  }
}
