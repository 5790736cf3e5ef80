import { randomUUID } from 'node:crypto';
import type { Container, Database } from '@azure/cosmos';
import type { Logger } from '../logger';

/** Whether replacing a container's properties leaves its documents in it. */
export type ReplaceKeepsDocuments = (database: Database) => Promise<boolean>;

/**
 * Azure Cosmos DB removes a document whose `ttl` has run out only in a container with a default TTL; -1 means "no
 * expiry unless the document has a `ttl`". A container created before documents had one is given it by replacing the
 * container's properties, which Azure Cosmos DB does in place. The Cosmos-compatible server (reached through
 * COSMOS_ENDPOINT when it runs in a process of its own) empties a container it replaces, and has no TTL to gain from
 * it: a container that holds documents is replaced only where a scratch container showed its documents survive.
 */
export async function letDocumentsExpire(
  database: Database,
  container: Container,
  logger: Logger,
  replaceKeepsDocuments: ReplaceKeepsDocuments = replacingKeepsDocuments,
): Promise<void> {
  const { resource } = await container.read();
  if (!resource || resource.defaultTtl !== undefined) return;
  if ((await holdsDocuments(container)) && !(await keepsDocuments(database, replaceKeepsDocuments, logger))) {
    logger.warn('this store empties a container it replaces, or could not show it does not, so the container is left without a default TTL', { container: resource.id });
    return;
  }
  await container.replace({ ...resource, defaultTtl: -1 });
}

/**
 * A trial that fails (an account that may not create another container, a store that is busy) is no reason to keep
 * the bot from starting: the container then stays as it is, which loses nothing, and the retention purge stands in.
 */
async function keepsDocuments(database: Database, replaceKeepsDocuments: ReplaceKeepsDocuments, logger: Logger): Promise<boolean> {
  try {
    return await replaceKeepsDocuments(database);
  } catch (error) {
    logger.warn('could not try whether replacing a container keeps its documents', { error });
    return false;
  }
}

async function holdsDocuments(container: Container): Promise<boolean> {
  const { resources } = await container.items.query<string>('SELECT TOP 1 VALUE c.id FROM c').fetchAll();
  return resources.length > 0;
}

/** Tries it on a container of its own, which it removes again. */
export async function replacingKeepsDocuments(database: Database): Promise<boolean> {
  const { container } = await database.containers.create({ id: `replace-check-${randomUUID()}`, partitionKey: { paths: ['/id'] } });
  try {
    await container.items.create({ id: 'kept' });
    const { resource } = await container.read();
    if (resource) await container.replace({ ...resource, defaultTtl: -1 });
    return (await container.item('kept', 'kept').read()).resource !== undefined;
  } finally {
    await container.delete();
  }
}
