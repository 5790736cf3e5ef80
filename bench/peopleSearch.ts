import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp } from '../bot/app';
import { parseConfig } from '../bot/config';
import { PeopleIndex } from '../bot/domain/peopleSearch';
import { toDocuments } from '../bot/domain/importFile';
import { createLogger } from '../bot/logger';
import { parseImportFile } from '../bot/services/importTenant';
import { bulkInChunks } from '../bot/store/bulk';
import { DirectoryRepository } from '../bot/store/directoryRepository';
import { TenantDocuments } from '../bot/store/tenantDocuments';
import { teamsActivity } from '../test/support/activities';
import { DEMO_TENANT_ID } from '../test/support/demo';
import { largeCompanyFile } from '../test/support/largeCompany';
import { percentile } from './support/statistics';

/**
 * Type-ahead people search on a large roster: `npm run bench:people` (BENCH_PEOPLE, default 10,000). The bot runs in
 * this process with the embedded store; searches are `application/search` invokes over loopback HTTP, one keystroke
 * after another, as an admin types names. Prints where the time of a search goes.
 */
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
type BulkOperation = Parameters<typeof bulkInChunks>[1][number];
const TYPED_NAMES = ['Zoë Müller', 'jurgen schafer', 'Sofía Núñez', 'priya.kaur', 'Ó Súilleabháin', 'nobody at all'];

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return `${label}: ${sorted.length} × p50 ${ms(percentile(sorted, 0.5))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted[sorted.length - 1])}`;
}

/** Every prefix of each name, as the search box sends them one keystroke at a time. */
function keystrokes(): string[] {
  return TYPED_NAMES.flatMap((name) => Array.from({ length: name.length }, (_, index) => name.slice(0, index + 1)));
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mpn-bench-people-'));
  const config = parseConfig({ PORT: '0', DATA_FILE: join(dataDir, 'cosmos.json'), NOTIFICATIONS_ENABLED: 'false', LOG_LEVEL: 'silent' });
  const app = await startApp(config, createLogger('silent'));
  try {
    // Written in bulk: the import's one write per document is not what is measured here, and takes minutes.
    const company = largeCompanyFile(PEOPLE);
    const operations = toDocuments(parseImportFile(company)).map(
      (document) => ({ operationType: 'Create', resourceBody: document }) as unknown as BulkOperation,
    );
    const [, writeMs] = await timed(() => bulkInChunks(app.store.domain, operations));
    console.log(`wrote the company with ${company.users.length} people in ${(writeMs / 1000).toFixed(1)} s`);
    const documents = new TenantDocuments(app.store.domain);

    let retried = 0;
    const invoke = async (queryText: string): Promise<number> => {
      try {
        return await search(queryText);
      } catch {
        // A kept-alive connection the server closed at that very moment: sent again, and counted.
        retried += 1;
        return search(queryText);
      }
    };
    const search = async (queryText: string) => {
      const activity = teamsActivity('invoke', { serviceUrl: 'http://127.0.0.1:9/' }, {
        name: 'application/search',
        value: { queryText, dataset: 'assignees', queryOptions: { skip: 0, top: 15 } },
      });
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const body = (await response.json()) as { value: { results: unknown[] } };
      return body.value.results.length;
    };

    // The first search reads the roster from the store and prepares it; the others use what is remembered (30 s).
    const [, firstMs] = await timed(() => invoke('z'));
    console.log(`first search (roster read from the store and prepared): ${firstMs.toFixed(1)} ms`);
    const typed = keystrokes();
    const httpTimes: number[] = [];
    let results = 0;
    for (let round = 0; round < 5; round += 1) {
      for (const query of typed) {
        const [count, ms] = await timed(() => invoke(query));
        httpTimes.push(ms);
        results += count;
      }
    }
    console.log(summary('search invoke over HTTP, remembered roster', httpTimes), `(${(results / httpTimes.length).toFixed(1)} results on average)`);

    // Once the remembered roster has expired, a search answers from the one before while the roster is read again.
    await new Promise((resolve) => setTimeout(resolve, 31_000));
    const [, staleMs] = await timed(() => invoke('zoe'));
    const [, duringMs] = await timed(() => invoke('zoe m'));
    console.log(`after the remembered roster expired: ${staleMs.toFixed(1)} ms, and ${duringMs.toFixed(1)} ms for the next keystroke while it is read again`);
    console.log(`searches sent again after a connection reset: ${retried}`);

    const [roster, readMs] = await timed(async () => new DirectoryRepository(documents).listUsers(DEMO_TENANT_ID));
    console.log(`reading the roster from the store, as a query per keystroke would: ${readMs.toFixed(1)} ms`);
    const buildStart = performance.now();
    const index = new PeopleIndex(roster);
    console.log(`preparing the search of ${roster.length} people: ${(performance.now() - buildStart).toFixed(1)} ms`);
    const matchTimes = typed.flatMap((query) =>
      Array.from({ length: 20 }, () => {
        const start = performance.now();
        index.find(query, { skip: 0, top: 15 });
        return performance.now() - start;
      }),
    );
    console.log(summary('matching alone (PeopleIndex.find)', matchTimes));
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
