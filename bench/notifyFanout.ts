/**
 * Fans one notification out to 5,000 people through a fake Teams connector that allows 500 sends per second for the
 * company and answers 5 % of sends with 429, then does it again with the dispatcher process killed half-way.
 * Prints the achieved send rate against the allowed one, what was lost or duplicated, and the delivery delays.
 *
 *   npm run bench:notify [-- --recipients 5000 --rate 500 --throttle 0.05]
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Container } from '@azure/cosmos';
import { conversationRefDocId, TENANT_DOC_ID, type ConversationRefDoc, type OutboxDoc, type TenantDoc, type UserDoc } from '../bot/domain/documents';
import { addDays, todayUtc } from '../bot/domain/dates';
import { createCosmosClient } from '../bot/store/cosmosClient';
import { TenantDocuments } from '../bot/store/tenantDocuments';
import { FakeTeamsConnector } from './fakeTeamsConnector';
import { cpuTimeMs, forkTypeScript } from './support/processes';
import { enqueueRenewalNotice, type Fanout } from './fanout';
import { percentile } from './support/statistics';

const { values: options } = parseArgs({
  options: {
    recipients: { type: 'string', default: '5000' },
    rate: { type: 'string', default: '500' },
    throttle: { type: 'string', default: '0.05' },
    lease: { type: 'string', default: '20000' },
  },
});
const RECIPIENTS = Number(options.recipients);
const RATE = Number(options.rate);
const THROTTLE = Number(options.throttle);
const LEASE_MS = Number(options.lease);

interface RunResult {
  label: string;
  firstAt: number;
  lastAt: number;
  /** When the last person's first attempt arrived: what came after was retries waiting out Retry-After. */
  lastFirstAttemptAt: number;
  /** Requests up to and including that moment. */
  requestsByLastFirstAttempt: number;
  requests: number;
  throttled: number;
  delivered: number;
  lost: number;
  duplicated: number;
  delays: number[];
  inFlightAtKill?: number;
  enqueuedAt: number;
  /** Requests per second of the run, second by second. */
  perSecond: number[];
  /** Notifications still pending in the outbox once the dispatcher has stopped: delivered but not recorded as sent. */
  unrecorded: number;
  /** CPU time the dispatcher processes spent from ready to stopped: a busy machine moves it far less than the rate. */
  dispatcherCpuMs: number;
}

/**
 * The benchmark's own requests (seeding, the scheduler pass, its counts) wait as long as the SDK does by default: on a
 * loaded machine a full scan of the embedded store can take longer than the bot's 4 s, and the benchmark measures the
 * dispatcher, which runs with the bot's own settings.
 */
const BENCH_STORE_REQUESTS = { timeoutMs: 60_000, throttleRetries: 9, throttleMaxWaitMs: 30_000 };

async function main(): Promise<void> {
  const { child: storeProcess, message } = await forkTypeScript<{ endpoint: string; key: string }>(join(__dirname, 'storeProcess.ts'), {});
  const cosmos = message;
  const client = createCosmosClient(cosmos, BENCH_STORE_REQUESTS);
  try {
    const results: RunResult[] = [];
    results.push(await run(cosmos, client, 'one dispatcher', false));
    results.push(await run(cosmos, client, 'killed half-way (SIGKILL) and restarted', true));
    report(results);
  } finally {
    client.dispose();
    storeProcess.kill('SIGTERM');
  }
}

async function run(
  cosmos: { endpoint: string; key: string },
  client: ReturnType<typeof createCosmosClient>,
  label: string,
  kill: boolean,
): Promise<RunResult> {
  const databaseId = `bench-${randomUUID().slice(0, 8)}`;
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  // As the bot creates it: a container without a default TTL is replaced by the dispatcher's start, and replacing a
  // container of the embedded store empties it, the seeded company with it.
  const { container } = await database.containers.createIfNotExists({
    id: 'benefits',
    partitionKey: { paths: ['/tenantId'] },
    defaultTtl: -1,
  });
  const connector = await new FakeTeamsConnector({ tenantRatePerSecond: RATE, throttleShare: THROTTLE, retryAfterSeconds: 1 }).start();
  let worker: ChildProcess | undefined;
  try {
    process.stdout.write(`\n${label}: seeding ${RECIPIENTS} people with a chat with the bot …\n`);
    const fanout = await seedCompany(container, connector.url);
    const env = {
      COSMOS_ENDPOINT: cosmos.endpoint,
      COSMOS_KEY: cosmos.key,
      COSMOS_DATABASE: databaseId,
      NOTIFY_TENANT_RATE: String(RATE),
      NOTIFY_POLL_INTERVAL_MS: '100',
      NOTIFY_LEASE_MS: String(LEASE_MS),
      NOTIFY_SCHEDULER_INTERVAL_MS: String(60 * 60_000),
      LOG_LEVEL: 'warn',
    };
    worker = await startWorker(env);
    let dispatcherCpuMs = -cpuTimeMs(worker.pid!);
    // The dispatcher runs already, as in the bot: it starts on the first notifications while the rest are recorded.
    const enqueuedAt = await enqueueRenewalNotice(fanout, container);
    process.stdout.write(`${label}: one Action Pack renewal notice recorded for ${RECIPIENTS} people\n`);
    const deliveredPeople = deliveredPeopleCounter(connector);
    let inFlightAtKill: number | undefined;
    if (kill) {
      await until(() => deliveredPeople() >= RECIPIENTS / 2);
      dispatcherCpuMs += cpuTimeMs(worker.pid!);
      await stopWorker(worker, 'SIGKILL');
      inFlightAtKill = await deliveredButNotRecorded(fanout, connector);
      process.stdout.write(`${label}: killed after ${deliveredPeople()} deliveries; restarting …\n`);
      worker = await startWorker(env);
      dispatcherCpuMs -= cpuTimeMs(worker.pid!);
    }
    const progress = setInterval(() => process.stdout.write(`${label}: ${deliveredPeople()} delivered, ${connector.requests.length} requests\n`), 2_000);
    try {
      await until(() => deliveredPeople() >= RECIPIENTS, 180_000);
    } finally {
      clearInterval(progress);
    }
    // Stopping waits for the sends under way and for their outcomes to be written: one count afterwards tells what
    // was delivered but not recorded, without the store being polled while the dispatcher still works.
    dispatcherCpuMs += cpuTimeMs(worker.pid!);
    await stopWorker(worker, 'SIGTERM');
    const unrecorded = await pendingCount(container, fanout.tenantId);
    return summarize(label, connector, fanout, { enqueuedAt, inFlightAtKill, unrecorded, dispatcherCpuMs });
  } finally {
    if (worker) await stopWorker(worker, 'SIGKILL');
    await connector.stop();
    await database.delete();
  }
}

async function stopWorker(worker: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill(signal);
  await exited;
}

async function seedCompany(container: Container, serviceUrl: string): Promise<Fanout> {
  const documents = new TenantDocuments(container);
  const tenantId = randomUUID();
  const today = todayUtc(new Date());
  const purchaseDate = `${Number(today.slice(0, 4)) - 1}${addDays(today, 30).slice(4)}`;
  const tenant: TenantDoc = {
    id: TENANT_DOC_ID,
    tenantId,
    type: 'tenant',
    companyName: 'Fabrikam at scale',
    partnerCenterAccountEmail: 'partnercenter@fabrikam.example',
    defaultLocale: 'en',
    membership: { networkMember: true, actionPack: { purchaseDate, autoRenew: true }, competencies: [] },
  };
  await documents.create(tenant);
  const people = Array.from({ length: RECIPIENTS }, (_unused, index) => `user-${String(index).padStart(5, '0')}`);
  for (let start = 0; start < people.length; start += 200) {
    await Promise.all(
      people.slice(start, start + 200).flatMap((aadObjectId) => {
        const user: UserDoc = {
          id: `user:${aadObjectId}`,
          tenantId,
          type: 'user',
          aadObjectId,
          displayName: aadObjectId,
          email: `${aadObjectId}@fabrikam.example`,
          roles: ['mpnPartnerAdmin'],
          accountType: 'mpn',
          locale: 'en',
        };
        const reference: ConversationRefDoc = {
          id: conversationRefDocId('personal', aadObjectId),
          tenantId,
          type: 'conversationRef',
          scope: 'personal',
          key: aadObjectId,
          reference: {
            channelId: 'msteams',
            serviceUrl,
            conversation: { id: `a:${aadObjectId}`, conversationType: 'personal', tenantId },
            bot: { id: '28:mpn-benefits-bot', name: 'MPN benefits' },
            user: { id: `29:${aadObjectId}`, aadObjectId },
          },
          updatedAt: new Date().toISOString(),
        };
        return [documents.create(user), documents.create(reference)];
      }),
    );
  }
  return { tenantId, documents, people };
}

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  return (await forkTypeScript(join(__dirname, 'dispatcherWorker.ts'), env)).child;
}

/** How many people have been delivered to so far; each call looks only at the requests that arrived since the last. */
function deliveredPeopleCounter(connector: FakeTeamsConnector): () => number {
  const people = new Set<string>();
  let looked = 0;
  return () => {
    for (; looked < connector.requests.length; looked += 1) {
      const request = connector.requests[looked];
      if (request.status === 200) people.add(request.conversationId);
    }
    return people.size;
  };
}

async function pendingCount(container: Container, tenantId: string): Promise<number> {
  const { resources } = await container.items
    .query<number>({
      query: "SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId AND c.type = 'outbox' AND c.status = 'pending'",
      parameters: [{ name: '@tenantId', value: tenantId }],
    })
    .fetchAll();
  return resources[0] ?? 0;
}

/** Delivered by the connector but not yet recorded as sent when the process died: these may arrive twice. */
async function deliveredButNotRecorded(fanout: Fanout, connector: FakeTeamsConnector): Promise<number> {
  const delivered = new Set(connector.delivered().map((request) => request.conversationId.slice('a:'.length)));
  const unrecorded = await fanout.documents.query<OutboxDoc>(fanout.tenantId, { where: "c.type = 'outbox' AND c.status = 'pending'" });
  return unrecorded.filter((notification) => delivered.has(notification.recipient)).length;
}

async function until(condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the benchmark did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function summarize(
  label: string,
  connector: FakeTeamsConnector,
  fanout: Fanout,
  { enqueuedAt, inFlightAtKill, unrecorded, dispatcherCpuMs }: Pick<RunResult, 'enqueuedAt' | 'inFlightAtKill' | 'unrecorded' | 'dispatcherCpuMs'>,
): RunResult {
  const requests = connector.requests;
  const firstAttempt = new Map<string, number>();
  for (const request of requests) if (!firstAttempt.has(request.conversationId)) firstAttempt.set(request.conversationId, request.at);
  const lastFirstAttemptAt = Math.max(...firstAttempt.values());
  const firstDelivery = new Map<string, number>();
  let duplicated = 0;
  for (const request of connector.delivered()) {
    if (firstDelivery.has(request.conversationId)) duplicated += 1;
    else firstDelivery.set(request.conversationId, request.at);
  }
  return {
    label,
    firstAt: Math.min(...requests.map((request) => request.at)),
    lastAt: Math.max(...requests.map((request) => request.at)),
    lastFirstAttemptAt,
    requestsByLastFirstAttempt: requests.filter((request) => request.at <= lastFirstAttemptAt).length,
    requests: requests.length,
    throttled: requests.filter((request) => request.status === 429).length,
    delivered: firstDelivery.size,
    lost: fanout.people.filter((person) => !firstDelivery.has(`a:${person}`)).length,
    duplicated,
    delays: [...firstDelivery.values()].map((at) => at - enqueuedAt).sort((a, b) => a - b),
    inFlightAtKill,
    enqueuedAt,
    unrecorded,
    dispatcherCpuMs,
    perSecond: requests.reduce<number[]>((counts, request) => {
      const second = Math.floor((request.at - enqueuedAt) / 1000);
      counts[second] = (counts[second] ?? 0) + 1;
      return counts;
    }, []),
  };
}

function firstAttemptRate(result: RunResult): string {
  const seconds = (result.lastFirstAttemptAt - result.firstAt) / 1000;
  const rate = result.requestsByLastFirstAttempt / seconds;
  return `${result.requestsByLastFirstAttempt} in ${seconds.toFixed(2)} s = ${rate.toFixed(0)}/s = ${(rate / RATE).toFixed(3)} of the allowed rate`;
}

function report(results: RunResult[]): void {
  process.stdout.write(`\nFan-out of one notification to ${RECIPIENTS} people; connector allows ${RATE}/s per company, throttles ${THROTTLE * 100} % at random (Retry-After 1 s)\n\n`);
  for (const result of results) {
    const seconds = (result.lastAt - result.firstAt) / 1000;
    const sendRate = result.requests / seconds;
    const lines = [
      `${result.label}`,
      `  sends (requests) ${result.requests} in ${seconds.toFixed(2)} s = ${sendRate.toFixed(0)}/s = ${(sendRate / RATE).toFixed(3)} of the allowed rate`,
      `  until the last first attempt (then only retries waiting out Retry-After, ${((result.lastAt - result.lastFirstAttemptAt) / 1000).toFixed(2)} s): ${firstAttemptRate(result)}`,
      `  delivered ${result.delivered}, answered 429 ${result.throttled}, delivered per second ${(result.delivered / seconds).toFixed(0)}`,
      `  lost ${result.lost}, duplicated ${result.duplicated}${result.inFlightAtKill === undefined ? '' : ` (sends in flight at the kill: ${result.inFlightAtKill})`}, still pending after the stop ${result.unrecorded}`,
      `  first send ${((result.firstAt - result.enqueuedAt) / 1000).toFixed(2)} s after the notice was recorded; sends per second: ${Array.from(result.perSecond, (count) => count ?? 0).join(' ')}`,
      `  delivery delay p50 ${(percentile(result.delays, 0.5) / 1000).toFixed(2)} s, p99 ${(percentile(result.delays, 0.99) / 1000).toFixed(2)} s`,
      `  dispatcher CPU ${result.dispatcherCpuMs} ms = ${(result.dispatcherCpuMs / result.delivered).toFixed(2)} ms per notification delivered`,
    ];
    process.stdout.write(`${lines.join('\n')}\n\n`);
  }
  const [steady, killed] = results;
  const verdicts = [
    [`rate ≥ 0.9 of allowed`, steady.requests / ((steady.lastAt - steady.firstAt) / 1000) / RATE >= 0.9],
    ['0 lost', results.every((result) => result.lost === 0)],
    ['every delivery recorded as sent', results.every((result) => result.unrecorded === 0)],
    ['0 duplicated without a kill', steady.duplicated === 0],
    ['duplicates after the kill ≤ sends in flight at the kill', killed.duplicated <= (killed.inFlightAtKill ?? 0)],
  ] as const;
  for (const [name, met] of verdicts) process.stdout.write(`${met ? 'met   ' : 'MISSED'} ${name}\n`);
  if (verdicts.some(([, met]) => !met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
