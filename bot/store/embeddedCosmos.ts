import { createHttpServer } from '@vercel/cosmosdb-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger';
import { createCosmosClient } from './cosmosClient';
import { lockDataFile } from './dataFileLock';
import { gateRequests, isWrite } from './heldAnswers';
import { isSignedWithKey } from './masterKeySignature';
import { StorePersistence } from './storePersistence';

export interface EmbeddedCosmos {
  endpoint: string;
  /** The master key every request must be signed with. */
  key: string;
  /** Compacts the journal into the data file (every answered write is on disk already). */
  flush(): Promise<void>;
  /** Stops the server, then compacts. */
  close(): Promise<void>;
}

export interface EmbeddedCosmosOptions {
  /** Where the in-memory store is persisted; omit for a throw-away store (tests). */
  dataFile?: string;
  /** Journal bytes after which it is compacted into the data file. */
  compactAfterBytes?: number;
  port?: number;
  logger: Logger;
}

/**
 * Starts the Cosmos-compatible server in this process on loopback. It answers only requests signed with its own
 * master key, as Azure Cosmos DB does. It keeps data in memory, so with a data file every write is journaled to disk
 * before it is answered (see StorePersistence).
 */
export async function startEmbeddedCosmos(options: EmbeddedCosmosOptions): Promise<EmbeddedCosmos> {
  const { dataFile } = options;
  const unlock = dataFile ? await lockDataFile(dataFile) : () => Promise.resolve();
  try {
    return await startLocked(options, unlock);
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function startLocked(options: EmbeddedCosmosOptions, unlock: () => Promise<void>): Promise<EmbeddedCosmos> {
  const { dataFile, logger } = options;
  const key = randomBytes(64).toString('base64');
  const keyBytes = Buffer.from(key, 'base64');
  // Like Azure Cosmos DB, keep connections open: without it the server closes each one after a single request.
  const server = createHttpServer({ keepAlive: true });
  // Nor close one that has been idle: the Cosmos SDK keeps idle connections without a time limit (it sees no Keep-Alive
  // hint), so a request it sends on one just as the server closes it fails with "socket hang up".
  server.keepAliveTimeout = 0;
  let persistence: StorePersistence | undefined;
  gateRequests(server, {
    refusal(request) {
      if (!isSignedWithKey(request, keyBytes, Date.now())) {
        return { statusCode: 401, code: 'Unauthorized', message: 'The request is not signed with the store key.' };
      }
      if (persistence && !persistence.acceptsWrites && isWrite(request)) {
        void persistence.compactQuietly();
        return { statusCode: 503, code: 'ServiceUnavailable', message: 'The data file cannot be written.' };
      }
      return undefined;
    },
    recorded: (changes) => persistence?.record(changes),
    onError: (error) => logger.error('could not journal a write; it was answered with 500', { dataFile, error }),
  });
  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const stopServer = (): Promise<void> =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });

  if (dataFile) {
    const client = createCosmosClient({ endpoint, key });
    try {
      persistence = await StorePersistence.load(dataFile, client, logger, options.compactAfterBytes);
    } catch (error) {
      await stopServer();
      throw error;
    } finally {
      client.dispose();
    }
  }

  return {
    endpoint,
    key,
    flush: async () => persistence?.compact(),
    async close() {
      await stopServer();
      await persistence?.close();
      await unlock();
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
