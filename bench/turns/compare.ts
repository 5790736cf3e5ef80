import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCountingStoreProcess } from '../support/countingStoreProcess';
import { startFakeConnector } from '../support/fakeConnector';
import { freePort, ROOT, stop, waitForStatus } from '../support/processes';
import { mixedBodies } from './activities';
import { startBenchBot } from './benchBot';
import { median } from '../support/statistics';
import { CONNECTIONS, load, withCpuTime, type LoadResult } from './load';

/**
 * This checkout's bot against the bot of another checkout (the code before a change, with its packages installed),
 * in the same run: both run side by side, each with a store process of its own, and take the same turns in turn, the
 * order swapped every round, so that what the machine does meanwhile falls on both alike.
 * `BENCH_BEFORE=<folder> npm run bench:turns:compare` (BENCH_ROUNDS, BENCH_SECONDS, BENCH_CONNECTIONS;
 * BENCH_CPU_PROFILE_DIR to have each bot write a V8 CPU profile of the whole run to its `before/` or `after/` in it).
 */
const BEFORE = process.env.BENCH_BEFORE;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

type Measured = LoadResult & { cpuMsPerTurn: number };

const WARM_UP_TURNS = 2_000;
const turnsOf = (bot: RunningBot) => bot.results.reduce((sum, result) => sum + result.turns, 0);

interface RunningBot {
  name: 'before' | 'after';
  url: string;
  pid: number;
  results: Measured[];
}

async function main(): Promise<void> {
  if (!BEFORE || !existsSync(resolve(BEFORE, 'bot', 'index.ts'))) {
    throw new Error('BENCH_BEFORE must name a checkout of the bot, with its packages installed (npm ci)');
  }
  const stores = await Promise.all([startCountingStoreProcess(), startCountingStoreProcess()]);
  const connector = await startFakeConnector();
  const ports = [await freePort(), await freePort()];
  const profileFlags = (name: string) => {
    const folder = process.env.BENCH_CPU_PROFILE_DIR;
    return folder ? ['--cpu-prof', '--cpu-prof-dir', join(folder, name)] : [];
  };
  const children = [
    startBenchBot(resolve(BEFORE), ports[0], stores[0], profileFlags('before')),
    startBenchBot(ROOT, ports[1], stores[1], profileFlags('after')),
  ];
  try {
    const bots: RunningBot[] = (['before', 'after'] as const).map((name, index) => ({
      name,
      url: `http://127.0.0.1:${ports[index]}`,
      pid: children[index].pid!,
      results: [],
    }));
    await Promise.all(bots.map((bot) => ready(bot.url)));
    const bodies = mixedBodies(connector.url);
    process.stdout.write('warming up…\n');
    for (const bot of bots) await load(bot.url, bodies, { amount: WARM_UP_TURNS });

    process.stdout.write(`${ROUNDS} rounds of ${SECONDS} s each with ${CONNECTIONS} connections…\n`);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? bots : [...bots].reverse();
      for (const bot of order) bot.results.push(await withCpuTime(bot.pid, () => load(bot.url, bodies, { duration: SECONDS })));
    }
    report(bots[0], bots[1]);
  } finally {
    await Promise.all(children.map((child) => stop(child)));
    await connector.close();
    await Promise.all(stores.map((store) => store.close()));
  }
}

/** Ready once it answers /readyz; a checkout from before /readyz existed is ready when it lives and has served a turn. */
async function ready(url: string): Promise<void> {
  await waitForStatus(`${url}/healthz`, (status) => status === 200);
  await waitForStatus(`${url}/readyz`, (status) => status === 200 || status === 404);
}

function report(before: RunningBot, after: RunningBot): void {
  const rows = before.results.map((earlier, round) => {
    const later = after.results[round];
    return `| ${round + 1} | ${earlier.turnsPerSecond.toFixed(0)} | ${later.turnsPerSecond.toFixed(0)} | ${earlier.cpuMsPerTurn.toFixed(2)} | ${later.cpuMsPerTurn.toFixed(2)} | ${(later.cpuMsPerTurn / earlier.cpuMsPerTurn).toFixed(3)} | ${earlier.errors + later.errors} |`;
  });
  const cpuRatios = before.results.map((earlier, round) => after.results[round].cpuMsPerTurn / earlier.cpuMsPerTurn);
  const rateRatios = before.results.map((earlier, round) => after.results[round].turnsPerSecond / earlier.turnsPerSecond);
  const lines = [
    '',
    '| round | turns/s before | after | CPU ms per turn before | after | CPU after / before | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `median CPU time per turn: before ${median(before.results.map((result) => result.cpuMsPerTurn)).toFixed(2)} ms, after ${median(after.results.map((result) => result.cpuMsPerTurn)).toFixed(2)} ms`,
    `median of the rounds' ratios after / before: CPU time per turn ${median(cpuRatios).toFixed(3)}, turns per second ${median(rateRatios).toFixed(3)}`,
    `turns taken in all, the warm-up included (to weigh a profile by): before ${WARM_UP_TURNS + turnsOf(before)}, after ${WARM_UP_TURNS + turnsOf(after)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
