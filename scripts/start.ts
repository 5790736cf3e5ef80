import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import dotenv from 'dotenv';
import { type ChildExit, type ManagedChild, describeExit, startChild } from './playground/childProcess';
import { type StartOptions, USAGE, UsageError, hostInUrl, parseStartOptions } from './playground/options';
import { type RunningPlayground, startPlayground } from './playground/playground';
import { isPortFree } from './playground/ports';
import { DEMO_TENANT_ID, DEMO_USER_NAMES, DEMO_USERS, displayName } from './playground/users';
import { WaitTimeoutError, waitForHttp } from './playground/waitForHttp';
import { preparePlaygroundFolder } from './playground/workingFolder';

const PROJECT_ROOT = join(__dirname, '..');
// The company the demo users belong to, loaded by the bot when its store does not hold it yet.
const DEMO_SEED_FILE = 'examples/demo-tenant.json';
// The first start compiles the bot with tsx and seeds the embedded Cosmos DB.
const BOT_READY_TIMEOUT_MS = 120_000;
const PLAYGROUND_READY_TIMEOUT_MS = 60_000;
// The bot drains open turns for up to SHUTDOWN_TIMEOUT_MS (10 s by default), then writes its data file.
const BOT_STOP_TIMEOUT_MS = 20_000;
const PLAYGROUND_STOP_TIMEOUT_MS = 5_000;

type Outcome =
  | { kind: 'signal'; signal: NodeJS.Signals }
  | { kind: 'exited'; child: ManagedChild; exit: ChildExit }
  | { kind: 'failed'; message: string };

const say = (line: string): boolean => process.stdout.write(`[start] ${line}\n`);
const complain = (line: string): boolean => process.stderr.write(`[start] ${line}\n`);

const whenExited = (child: ManagedChild): Promise<Outcome> =>
  child.exited.then((exit) => ({ kind: 'exited', child, exit }));

/** Resolves undefined once `url` is ready, or with whatever came first instead: a signal, the child's exit, a timeout. */
async function untilReady(
  child: ManagedChild,
  url: string,
  accept: (status: number, body: string) => boolean,
  timeoutMs: number,
  stopping: Promise<Outcome>,
): Promise<Outcome | undefined> {
  const polling = new AbortController();
  const ready = waitForHttp(url, { accept, timeoutMs, signal: polling.signal }).then(
    () => undefined,
    (error: unknown): Outcome => ({
      kind: 'failed',
      message: error instanceof WaitTimeoutError ? error.message : `waiting for ${url}: ${String(error)}`,
    }),
  );
  try {
    return await Promise.race([ready, whenExited(child), stopping]);
  } finally {
    polling.abort();
  }
}

function printBanner(options: StartOptions, playgroundUrl: string): void {
  const user = DEMO_USERS[options.user];
  const everyone = DEMO_USER_NAMES.map((name) => `${name} (${DEMO_USERS[name].description})`).join(', ');
  const another = DEMO_USER_NAMES.find((name) => name !== options.user) ?? options.user;
  const rule = '─'.repeat(78);
  process.stdout.write(
    [
      '',
      rule,
      '  The MPN benefits bot is running in the Microsoft 365 Agents Playground.',
      '',
      `  Open           ${playgroundUrl}`,
      `  Chatting as    ${displayName(user)} — ${options.user}, ${user.description}`,
      `                 aadObjectId ${user.aadObjectId}, tenant ${DEMO_TENANT_ID}`,
      `  Demo users     ${everyone}`,
      `  To switch      stop with Ctrl+C, then: npm start -- --as ${another}   (or PLAYGROUND_USER=${another} npm start)`,
      rule,
      '',
    ].join('\n'),
  );
}

function report(outcome: Outcome, phase: 'starting' | 'running'): void {
  if (outcome.kind === 'signal') {
    say(`${outcome.signal}: stopping the bot (it saves its data first), then the Playground…`);
  } else if (outcome.kind === 'exited') {
    const when = phase === 'starting' ? 'before it was ready' : 'unexpectedly';
    complain(`The ${outcome.child.label} ${describeExit(outcome.exit)} ${when}; see its [${outcome.child.label}] lines above.`);
  } else {
    complain(outcome.message);
  }
}

interface Session {
  outcome: Outcome;
  phase: 'starting' | 'running';
  playground?: RunningPlayground;
}

/** Brings up the Playground once the bot is ready, then runs until a signal or until either of them exits. */
async function runSession(options: StartOptions, bot: ManagedChild, botBase: string, stopping: Promise<Outcome>): Promise<Session> {
  const botNotReady = await untilReady(bot, `${botBase}/readyz`, (status) => status === 200, BOT_READY_TIMEOUT_MS, stopping);
  if (botNotReady) return { outcome: botNotReady, phase: 'starting' };

  say(`The bot is ready. Starting the Playground on port ${options.playgroundPort} as ${options.user}…`);
  const folder = preparePlaygroundFolder(PROJECT_ROOT, options.user);
  const playground = startPlayground({ folder, port: options.playgroundPort, botEndpoint: `${botBase}/api/messages` });
  const playgroundNotReady = await untilReady(
    playground.child,
    playground.pingUrl,
    (status, body) => status === 200 && body.trim() === 'pong',
    PLAYGROUND_READY_TIMEOUT_MS,
    stopping,
  );
  if (playgroundNotReady) return { outcome: playgroundNotReady, phase: 'starting', playground };

  printBanner(options, playground.url);
  const outcome = await Promise.race([whenExited(bot), whenExited(playground.child), stopping]);
  return { outcome, phase: 'running', playground };
}

async function main(): Promise<number> {
  // The same .env the bot reads, beneath the real environment, so that PORT and HOST agree with the bot's.
  const envFile = join(PROJECT_ROOT, '.env');
  if (existsSync(envFile)) dotenv.config({ path: envFile, override: false, quiet: true });

  let options: StartOptions | undefined;
  try {
    options = parseStartOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    complain(error.message);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (process.env.MicrosoftAppId) {
    complain('MicrosoftAppId is set: the bot will demand tokens the offline Playground cannot send. Unset it for `npm start`.');
  }
  const busy: string[] = [];
  if (!(await isPortFree(options.botPort, options.botHost))) busy.push(`bot port ${options.botPort} (PORT)`);
  // Taken, the Playground would quietly move to a random port.
  if (!(await isPortFree(options.playgroundPort, '127.0.0.1'))) busy.push(`Playground port ${options.playgroundPort} (PLAYGROUND_PORT)`);
  if (busy.length > 0) {
    complain(`Already in use: ${busy.join(', ')}. Is another \`npm start\` still running? Stop it or choose other ports.`);
    return 1;
  }

  let firstSignal: NodeJS.Signals | undefined;
  const stopping = new Promise<Outcome>((resolve) => {
    // A terminal's Ctrl+C can arrive twice (directly and relayed by tsx): only the first one counts.
    const onSignal = (signal: NodeJS.Signals): void => {
      if (firstSignal) return;
      firstSignal = signal;
      resolve({ kind: 'signal', signal });
    };
    // SIGHUP too: the children have their own session, so a closed terminal would not stop them.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  });

  const botBase = `http://${hostInUrl(options.botHost)}:${options.botPort}`;
  say(`Starting the bot (${options.botEntry}) on ${botBase}…`);
  const bot = startChild('bot', process.execPath, ['--disable-warning=DEP0111', '--import', pathToFileURL(require.resolve('tsx')).href, options.botEntry], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(options.botPort), SEED_FILE: process.env.SEED_FILE || DEMO_SEED_FILE },
  });
  const { outcome, phase, playground } = await runSession(options, bot, botBase, stopping);
  report(outcome, phase);

  // The bot only stops gracefully on SIGINT and SIGTERM.
  const signal = outcome.kind === 'signal' && outcome.signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM';
  // The bot first: its open turns may still reply through the Playground.
  const botExit = await bot.stop(signal, BOT_STOP_TIMEOUT_MS);
  if (playground) {
    await playground.child.stop(signal, PLAYGROUND_STOP_TIMEOUT_MS);
    playground.stopLog();
  }
  if (outcome.kind !== 'signal') return 1;
  if (botExit.code !== 0) {
    complain(`The bot ${describeExit(botExit)} while stopping; its data file may not have been saved.`);
    return 1;
  }
  say('Stopped.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    complain(`start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
