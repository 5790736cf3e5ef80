import { createHttpServer } from '@vercel/cosmosdb-server';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../../bot/logger';
import { startEmbeddedCosmos } from '../../bot/store/embeddedCosmos';

export interface CosmosRequestCounts {
  pointReads: number;
  queries: number;
  /** The SDK asks for a plan before some queries (ORDER BY, aggregates): a round trip of its own. */
  queryPlans: number;
  writes: number;
  other: number;
}

/**
 * Which store the bot talks to: `bare`, the Cosmos-compatible server alone (in memory, no key check), standing for
 * Azure Cosmos DB; `embedded`, the bot's own embedded store in memory (master-key check on every request); `journaled`,
 * the embedded store on a data file, every write journaled and flushed to disk before it is answered.
 */
export type StoreKind = 'bare' | 'embedded' | 'journaled';

export interface CountingCosmos {
  endpoint: string;
  key: string;
  counts: () => CosmosRequestCounts;
  close: () => Promise<void>;
}

/** A Cosmos-compatible store, counting the requests it serves by kind. */
export async function startCountingCosmos(kind: StoreKind = 'bare', dataFile?: string): Promise<CountingCosmos> {
  const counts: CosmosRequestCounts = { pointReads: 0, queries: 0, queryPlans: 0, writes: 0, other: 0 };
  const count = (request: IncomingMessage) => {
    counts[kindOf(request)] += 1;
    if (process.env.BENCH_TRACE_COSMOS) process.stderr.write(`cosmos ${kindOf(request)} ${request.method} ${request.url}\n`);
  };
  if (kind === 'bare') return { ...(await startBare(count)), counts: () => ({ ...counts }) };
  // The embedded store keeps its server to itself: count every request this process serves.
  subscribe('http.server.request.start', (message) => count((message as { request: IncomingMessage }).request));
  if (kind === 'journaled' && !dataFile) throw new Error('the journaled store needs a data file');
  const store = await startEmbeddedCosmos({ dataFile: kind === 'journaled' ? dataFile : undefined, logger: createLogger('silent') });
  return { endpoint: store.endpoint, key: store.key, counts: () => ({ ...counts }), close: () => store.close() };
}

async function startBare(count: (request: IncomingMessage) => void): Promise<Omit<CountingCosmos, 'counts'>> {
  const server = createHttpServer({ keepAlive: true });
  server.on('request', count);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: randomBytes(64).toString('base64'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function kindOf(request: IncomingMessage): keyof CosmosRequestCounts {
  const path = request.url ?? '';
  if (request.headers['x-ms-cosmos-is-query-plan-request'] !== undefined) return 'queryPlans';
  if (request.headers['x-ms-documentdb-isquery'] !== undefined) return 'queries';
  if (request.method === 'GET' && /\/docs\/[^/]+$/.test(path)) return 'pointReads';
  if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH' || request.method === 'DELETE') {
    return /\/docs/.test(path) ? 'writes' : 'other';
  }
  return 'other';
}
