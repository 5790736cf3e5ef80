import { createHttpServer } from '@vercel/cosmosdb-server';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface CosmosRequestCounts {
  pointReads: number;
  queries: number;
  /** The SDK asks for a plan before some queries (ORDER BY, aggregates): a round trip of its own. */
  queryPlans: number;
  writes: number;
  other: number;
}

/** The embedded Cosmos-compatible server, counting the requests it serves by kind. */
export async function startCountingCosmos(): Promise<{
  endpoint: string;
  key: string;
  counts: () => CosmosRequestCounts;
  close: () => Promise<void>;
}> {
  const counts: CosmosRequestCounts = { pointReads: 0, queries: 0, queryPlans: 0, writes: 0, other: 0 };
  const server = createHttpServer({ keepAlive: true });
  server.on('request', (request: IncomingMessage) => {
    counts[kindOf(request)] += 1;
    if (process.env.BENCH_TRACE_COSMOS) process.stderr.write(`cosmos ${kindOf(request)} ${request.method} ${request.url}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: randomBytes(64).toString('base64'),
    counts: () => ({ ...counts }),
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
