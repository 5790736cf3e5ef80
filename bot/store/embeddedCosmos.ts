import { createHttpServer } from '@vercel/cosmosdb-server';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger';
import { createCosmosClient } from './cosmosClient';
import { lockDataFile } from './dataFileLock';
import { readSnapshotFile, restoreSnapshot, takeSnapshot, writeSnapshotFile } from './snapshot';

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  /** Writes the data file now if anything changed since the last write. */
  flush(): Promise<void>;
  /** Flushes, then stops the server. */
  close(): Promise<void>;
}

export interface EmbeddedCosmosOptions {
  /** Where the in-memory store is persisted; omit for a throw-away store (tests). */
  dataFile?: string;
  /** How often pending changes are written to the data file. */
  flushIntervalMs?: number;
  port?: number;
  logger: Logger;
}

/**
 * Starts the Cosmos-compatible server in this process on loopback. It keeps data in memory only,
 * so changes are snapshotted to a data file shortly after they happen and once more on close.
 */
export async function startEmbeddedCosmos(options: EmbeddedCosmosOptions): Promise<EmbeddedCosmos> {
  const { dataFile } = options;
  const unlock = dataFile ? await lockDataFile(dataFile) : async () => undefined;
  try {
    return await startLocked(options, unlock);
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function startLocked(options: EmbeddedCosmosOptions, unlock: () => Promise<void>): Promise<EmbeddedCosmos> {
  const { dataFile, logger } = options;
  // Like Azure Cosmos DB, keep connections open: without it the server closes each one after a single request.
  const server = createHttpServer({ keepAlive: true });
  let dirty = false;
  server.on('request', (request: IncomingMessage) => {
    if (isWrite(request)) dirty = true;
  });
  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  // The embedded server does not check signatures; a fresh key keeps the client's signing path real.
  const key = randomBytes(64).toString('base64');
  const client = createCosmosClient({ endpoint, key });

  if (dataFile) {
    try {
      const snapshot = await readSnapshotFile(dataFile);
      if (snapshot) {
        await restoreSnapshot(client, snapshot);
        logger.info('restored the embedded store from its data file', { dataFile, savedAt: snapshot.savedAt });
      }
    } catch (error) {
      client.dispose();
      server.close();
      throw error;
    }
    dirty = false;
  }

  let flushing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    flushing = flushing.then(async () => {
      if (!dataFile || !dirty) return;
      dirty = false;
      try {
        await writeSnapshotFile(dataFile, await takeSnapshot(client));
      } catch (error) {
        dirty = true;
        logger.error('could not write the data file', { dataFile, error });
      }
    });
    return flushing;
  };
  const timer = setInterval(() => void flush(), options.flushIntervalMs ?? 1000);
  timer.unref();

  return {
    endpoint,
    key,
    flush,
    async close() {
      clearInterval(timer);
      await flush();
      client.dispose();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await unlock();
    },
  };
}

function isWrite(request: IncomingMessage): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  // Queries travel as POSTs but change nothing.
  return request.headers['x-ms-documentdb-isquery'] === undefined;
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
