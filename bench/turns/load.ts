import autocannon from 'autocannon';
import { cpuTimeMs } from '../support/processes';

/** Concurrent requests kept in flight (BENCH_CONNECTIONS). */
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

export interface LoadResult {
  turnsPerSecond: number;
  turns: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Posts the bodies round and round to a bot's messaging endpoint, for a number of seconds or of turns. */
export async function load(url: string, bodies: string[], options: { duration: number } | { amount: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections: CONNECTIONS,
    ...options,
    requests: bodies.map((body) => ({ method: 'POST' as const, path: '/api/messages', headers: { 'content-type': 'application/json' }, body })),
  });
  return {
    turnsPerSecond: result.requests.average,
    turns: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/**
 * The CPU time the process spent per turn under the load: unlike turns per second it hardly depends on what else the
 * machine runs meanwhile, so it compares builds measured at different moments.
 */
export async function withCpuTime(pid: number, measure: () => Promise<LoadResult>): Promise<LoadResult & { cpuMsPerTurn: number }> {
  const before = cpuTimeMs(pid);
  const result = await measure();
  return { ...result, cpuMsPerTurn: (cpuTimeMs(pid) - before) / Math.max(result.turns, 1) };
}
