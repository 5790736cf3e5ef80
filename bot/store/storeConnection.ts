import type { Container, CosmosClient, Database } from '@azure/cosmos';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { createCosmosClient } from './cosmosClient';
import { letDocumentsExpire } from './documentExpiry';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './embeddedCosmos';
import { storeExpiresDocuments } from './expiryProbe';

export interface StoreConnection {
  client: CosmosClient;
  database: Database;
  /** Domain data, partitioned by `/tenantId`. */
  domain: Container;
  /** Bot Framework dialog and conversation state, partitioned by `/id`. */
  state: Container;
  kind: 'azure' | 'embedded';
  /** Whether the store removes documents whose `ttl` has passed (Azure Cosmos DB does, the Cosmos-compatible server not). */
  expiresDocuments(signal?: AbortSignal): Promise<boolean>;
  /** True when the database answers within the timeout. */
  isReachable(timeoutMs?: number): Promise<boolean>;
  /** Makes everything written so far durable (the embedded store's data file). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export type StoreSettings = Pick<AppConfig, 'cosmos' | 'databaseId' | 'containerId' | 'stateContainerId'> &
  Partial<Pick<AppConfig, 'storeRequests'>>;

export async function openStore(settings: StoreSettings, logger: Logger): Promise<StoreConnection> {
  let embedded: EmbeddedCosmos | undefined;
  let endpoint: { endpoint: string; key: string };
  if (settings.cosmos.kind === 'embedded') {
    embedded = await startEmbeddedCosmos({ dataFile: settings.cosmos.dataFile, logger: logger.child('embedded-cosmos') });
    endpoint = { endpoint: embedded.endpoint, key: embedded.key };
    logger.info('using the embedded Cosmos-compatible store', {
      endpoint: embedded.endpoint,
      dataFile: settings.cosmos.dataFile,
    });
  } else {
    endpoint = { endpoint: settings.cosmos.endpoint, key: settings.cosmos.key };
    logger.info('using Azure Cosmos DB', { endpoint: settings.cosmos.endpoint });
  }

  const client = createCosmosClient(endpoint, settings.storeRequests);
  try {
    const { database } = await client.databases.createIfNotExists({ id: settings.databaseId });
    const { container: domain } = await database.containers.createIfNotExists({
      id: settings.containerId,
      partitionKey: { paths: ['/tenantId'] },
      defaultTtl: -1,
    });
    // The embedded store has no TTL (its purge job stands in), and replacing one of its containers empties it.
    if (!embedded) await letDocumentsExpire(database, domain, logger);
    const { container: state } = await database.containers.createIfNotExists({
      id: settings.stateContainerId,
      partitionKey: { paths: ['/id'] },
    });
    return {
      client,
      database,
      domain,
      state,
      kind: embedded ? 'embedded' : 'azure',
      expiresDocuments: (signal) => (embedded ? Promise.resolve(false) : storeExpiresDocuments(domain, signal)),
      isReachable: (timeoutMs = 2000) => databaseAnswers(database, timeoutMs),
      flush: async () => embedded?.flush(),
      close: async () => {
        client.dispose();
        await embedded?.close();
      },
    };
  } catch (error) {
    client.dispose();
    await embedded?.close();
    throw error;
  }
}

async function databaseAnswers(database: Database, timeoutMs: number): Promise<boolean> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    await database.read({ abortSignal: abort.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
