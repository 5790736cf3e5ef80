import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CosmosRequestCounts, StoreKind } from '../support/countingCosmos';
import { startCountingStoreProcess } from '../support/countingStoreProcess';
import { startFakeConnector } from '../support/fakeConnector';
import { FULL_GC_TRACE_FLAGS, watchLiveHeap } from '../support/liveHeap';
import { freePort, residentMemoryMiB, ROOT, runTypeScript, stop, waitForStatus } from '../support/processes';
import { mixedBodies, teamsMessage, TURN_TEXTS, type TurnKind } from './activities';
import { startBenchBot } from './benchBot';
import { CONNECTIONS, load, withCpuTime, type LoadResult } from './load';

/**
 * Turn throughput of the bot against a minimal botbuilder echo bot, in the same run on the same machine: figures are
 * compared as ratios because the machine is shared and noisy. `npm run bench:turns` (BENCH_SECONDS, BENCH_CONNECTIONS,
 * BENCH_MEMORY_TURNS to change the run; BENCH_STORE=embedded or journaled to run the bot's own embedded store instead of
 * the bare Cosmos-compatible server, journaled on a data file in BENCH_DIR, default the system's temporary folder;
 * BENCH_CPU_PROFILE_DIR to profile the bot).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const MEMORY_TURNS = Number(process.env.BENCH_MEMORY_TURNS ?? 100_000);
const STORE_KINDS: readonly StoreKind[] = ['bare', 'embedded', 'journaled'];
const STORE = (process.env.BENCH_STORE ?? 'bare') as StoreKind;

/** Sequential turns of one kind, counting what each costs at the store. */
async function cosmosCostPerTurn(botUrl: string, connectorUrl: string, kind: TurnKind, counts: () => Promise<CosmosRequestCounts>) {
  const turns = 50;
  const send = (i: number) =>
    fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: teamsMessage(kind, connectorUrl, i % 4, 100 + (i % 4)) });
  for (let i = 0; i < 8; i += 1) await send(i);
  const before = await counts();
  for (let i = 0; i < turns; i += 1) await send(i);
  const after = await counts();
  const per = (key: keyof CosmosRequestCounts) => (after[key] - before[key]) / turns;
  const total = per('pointReads') + per('queries') + per('queryPlans') + per('writes') + per('other');
  return { pointReads: per('pointReads'), queries: per('queries') + per('queryPlans'), writes: per('writes'), total };
}

async function main(): Promise<void> {
  if (!STORE_KINDS.includes(STORE)) throw new Error(`BENCH_STORE must be one of ${STORE_KINDS.join(', ')}`);
  const folder = STORE === 'journaled' ? mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'bench-turns-')) : undefined;
  try {
    await run(folder && join(folder, 'cosmos.json'));
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

async function run(dataFile: string | undefined): Promise<void> {
  process.stdout.write(`store: ${STORE}${dataFile ? ` (${dataFile})` : ''}\n`);
  // The store runs in a process of its own, as Azure Cosmos DB is a service of its own.
  const cosmos = await startCountingStoreProcess(STORE, dataFile);
  const connector = await startFakeConnector();
  const echoPort = await freePort();
  const botPort = await freePort();
  const echo = runTypeScript('bench/turns/echoBot.ts', { PORT: String(echoPort) });
  // BENCH_CPU_PROFILE_DIR: where the bot writes a V8 CPU profile of the whole run when it stops.
  const profileFlags = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROFILE_DIR] : [];
  const bot = startBenchBot(ROOT, botPort, cosmos, [...FULL_GC_TRACE_FLAGS, ...profileFlags]);
  const liveHeap = watchLiveHeap(bot.stdout!);
  const reading = (): MemoryReading => ({
    rss: residentMemoryMiB(bot.pid!),
    heap: liveHeap.latestMiB(),
    committed: liveHeap.committedMiB(),
    collections: liveHeap.collections(),
  });
  const echoUrl = `http://127.0.0.1:${echoPort}`;
  const botUrl = `http://127.0.0.1:${botPort}`;
  try {
    await waitForStatus(`${botUrl}/readyz`, (status) => status === 200);
    await waitForStatus(`${echoUrl}/api/messages`, (status) => status > 0);
    const bodies = mixedBodies(connector.url);

    process.stdout.write(`warming up…\n`);
    await load(echoUrl, bodies, { amount: 2_000 });
    await load(botUrl, bodies, { amount: 2_000 });

    process.stdout.write(`measuring ${SECONDS} s each with ${CONNECTIONS} connections…\n`);
    const echoResult = await withCpuTime(echo.pid!, () => load(echoUrl, bodies, { duration: SECONDS }));
    const botResult = await withCpuTime(bot.pid!, () => load(botUrl, bodies, { duration: SECONDS }));

    // One kind at a time: the counts are the store's, shared by everything in flight.
    const costs: Record<string, Awaited<ReturnType<typeof cosmosCostPerTurn>>> = {};
    for (const kind of Object.keys(TURN_TEXTS) as TurnKind[]) costs[kind] = await cosmosCostPerTurn(botUrl, connector.url, kind, cosmos.counts);

    process.stdout.write(`memory over ${MEMORY_TURNS} turns…\n`);
    const first = Math.round(MEMORY_TURNS / 5);
    await load(botUrl, bodies, { amount: first });
    const atFirst = reading();
    await load(botUrl, bodies, { amount: MEMORY_TURNS - first });
    const atEnd = reading();

    report({ echoResult, botResult, costs, memory: { first, atFirst, atEnd } });
  } finally {
    await stop(bot);
    await stop(echo);
    await connector.close();
    await cosmos.close();
  }
}

function report(results: {
  echoResult: LoadResult & { cpuMsPerTurn: number };
  botResult: LoadResult & { cpuMsPerTurn: number };
  costs: Record<string, { pointReads: number; queries: number; writes: number; total: number }>;
  memory: { first: number; atFirst: MemoryReading; atEnd: MemoryReading };
}): void {
  const { echoResult, botResult, costs, memory } = results;
  const throughputRatio = botResult.turnsPerSecond / echoResult.turnsPerSecond;
  const p99Ratio = botResult.p99 / Math.max(echoResult.p99, 1);
  const { atFirst, atEnd } = memory;
  const rssGrowth = (atEnd.rss - atFirst.rss) / atFirst.rss;
  // Without a full collection in between, the live heap was not measured again.
  const heapMeasured = atFirst.heap !== undefined && atEnd.heap !== undefined && atEnd.collections > atFirst.collections;
  const heapGrowth = heapMeasured ? (atEnd.heap! - atFirst.heap!) / atFirst.heap! : Number.NaN;
  const maxUnchangedCost = Math.max(costs.help.total, costs.benefitsSummary.total, costs.assignedToMe.total);
  const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  const lines = [
    '',
    '| | echo bot | MPN benefits bot | ratio |',
    '|---|---|---|---|',
    `| turns per second | ${echoResult.turnsPerSecond.toFixed(0)} | ${botResult.turnsPerSecond.toFixed(0)} | ${throughputRatio.toFixed(2)} |`,
    `| p50 latency (ms) | ${echoResult.p50} | ${botResult.p50} | ${(botResult.p50 / Math.max(echoResult.p50, 1)).toFixed(2)} |`,
    `| p99 latency (ms) | ${echoResult.p99} | ${botResult.p99} | ${p99Ratio.toFixed(2)} |`,
    `| CPU time per turn (ms) | ${echoResult.cpuMsPerTurn.toFixed(2)} | ${botResult.cpuMsPerTurn.toFixed(2)} | ${(botResult.cpuMsPerTurn / echoResult.cpuMsPerTurn).toFixed(2)} |`,
    `| errors | ${echoResult.errors} | ${botResult.errors} | |`,
    '',
    '| turn | Cosmos point reads | queries | writes | requests per turn |',
    '|---|---|---|---|---|',
    ...Object.entries(costs).map(([kind, cost]) => `| ${kind} | ${cost.pointReads.toFixed(2)} | ${cost.queries.toFixed(2)} | ${cost.writes.toFixed(2)} | ${cost.total.toFixed(2)} |`),
    '',
    `live heap (after the latest full GC) after ${memory.first} turns: ${mib(atFirst.heap)}; after ${MEMORY_TURNS}: ${mib(atEnd.heap)} (${percent(heapGrowth)}; ${atEnd.collections - atFirst.collections} full GCs in between)`,
    `resident memory (RSS) after ${memory.first} turns: ${mib(atFirst.rss)}; after ${MEMORY_TURNS}: ${mib(atEnd.rss)} (${percent(rssGrowth)}); of it the heap V8 keeps committed: ${mib(atFirst.committed)} and ${mib(atEnd.committed)}`,
    '',
    `throughput ≥ 0.5 × echo: ${throughputRatio.toFixed(2)} — ${verdict(throughputRatio >= 0.5)}`,
    `p99 < 3 × echo: ${p99Ratio.toFixed(2)} — ${verdict(p99Ratio < 3)}`,
    `≤ 4 Cosmos requests for a turn that changes nothing: ${maxUnchangedCost.toFixed(2)} — ${verdict(maxUnchangedCost <= 4)}`,
    `memory flat from ${memory.first} to ${MEMORY_TURNS} turns (live heap growth under 10 %): ${percent(heapGrowth)} — ${verdict(heapMeasured && heapGrowth < 0.1)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

interface MemoryReading {
  rss: number;
  heap: number | undefined;
  committed: number | undefined;
  collections: number;
}

function mib(value: number | undefined): string {
  return value === undefined ? 'not measured' : `${value.toFixed(1)} MiB`;
}

function percent(ratio: number): string {
  return Number.isNaN(ratio) ? 'not measured' : `${(ratio * 100).toFixed(1)} %`;
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
