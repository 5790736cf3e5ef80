/**
 * What durability costs per answered write: the embedded store in a process of its own, once in memory only and once
 * journaling every write to disk (flushed before the answer), the same writes against each in the same run.
 * The two alternate over several rounds and the medians are compared, so a busy spell on a shared machine does not
 * fall on one side only. `npm run bench:store-writes`; BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONCURRENCY and BENCH_DIR (the
 * folder of the journal, default the system's temporary folder) change the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCosmosClient } from '../bot/store/cosmosClient';
import { forkTypeScript, stop } from './support/processes';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY ?? '1,16').split(',').map(Number);

interface Measured {
  writes: number;
  msPerWrite: number;
  writesPerSecond: number;
}

async function measure(dataFile: string | undefined, concurrency: number): Promise<Measured> {
  const { child, message } = await forkTypeScript<{ endpoint: string; key: string }>(
    join(__dirname, 'storeProcess.ts'),
    dataFile ? { DATA_FILE: dataFile } : {},
  );
  const client = createCosmosClient(message);
  try {
    const { database } = await client.databases.createIfNotExists({ id: 'bench' });
    const { container } = await database.containers.createIfNotExists({ id: 'writes', partitionKey: { paths: ['/tenantId'] } });
    const body = { tenantId: 't', type: 'assignment', note: 'x'.repeat(400) };
    for (let warm = 0; warm < 200; warm += 1) await container.items.upsert({ id: `warm-${warm}`, ...body });
    let writes = 0;
    let totalMs = 0;
    const until = Date.now() + SECONDS * 1000;
    const writer = async (worker: number): Promise<void> => {
      for (let n = 0; Date.now() < until; n += 1) {
        const started = performance.now();
        await container.items.upsert({ id: `w${worker}-${n % 500}`, ...body });
        totalMs += performance.now() - started;
        writes += 1;
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: concurrency }, (_, worker) => writer(worker)));
    return { writes, msPerWrite: totalMs / writes, writesPerSecond: writes / ((Date.now() - started) / 1000) };
  } finally {
    client.dispose();
    await stop(child);
  }
}

/** The round with the median time per write. */
function median(rounds: Measured[]): Measured {
  return [...rounds].sort((a, b) => a.msPerWrite - b.msPerWrite)[Math.floor(rounds.length / 2)];
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'bench-store-writes-'));
  try {
    for (const concurrency of CONCURRENCIES) {
      const memoryRounds: Measured[] = [];
      const journaledRounds: Measured[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        memoryRounds.push(await measure(undefined, concurrency));
        journaledRounds.push(await measure(join(folder, `c${concurrency}-r${round}`, 'cosmos.json'), concurrency));
      }
      const memory = median(memoryRounds);
      const journaled = median(journaledRounds);
      const line = (name: string, m: Measured) =>
        `  ${name.padEnd(22)} ${m.writesPerSecond.toFixed(0).padStart(6)} writes/s   ${m.msPerWrite.toFixed(2).padStart(7)} ms per answered write`;
      process.stdout.write(`${concurrency} concurrent writer(s), median of ${ROUNDS} rounds of ${SECONDS} s each\n`);
      process.stdout.write(`${line('in memory only', memory)}\n${line('journaled (fdatasync)', journaled)}\n`);
      process.stdout.write(
        `  ratio journaled / in memory: ${(journaled.msPerWrite / memory.msPerWrite).toFixed(2)} × the time per write, ` +
          `${(journaled.writesPerSecond / memory.writesPerSecond).toFixed(2)} × the writes per second\n`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
