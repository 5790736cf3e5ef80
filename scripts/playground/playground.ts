import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ManagedChild, startChild } from './childProcess';
import { tailFile } from './tailFile';
import type { PlaygroundFolder } from './workingFolder';

export interface PlaygroundStart {
  folder: PlaygroundFolder;
  port: number;
  botEndpoint: string;
}

export interface RunningPlayground {
  child: ManagedChild;
  url: string;
  pingUrl: string;
  /** Stops echoing the Playground's log file. */
  stopLog(): void;
}

function playgroundCli(): string {
  const packageJson = require.resolve('@microsoft/m365agentsplayground/package.json');
  const { bin } = JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> };
  const cli = bin.agentsplayground;
  if (!cli) throw new Error('@microsoft/m365agentsplayground no longer has an "agentsplayground" binary');
  return join(dirname(packageJson), cli);
}

function withLoopbackExempt(value: string | undefined): string {
  const entries = new Set((value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean));
  for (const host of ['127.0.0.1', 'localhost', '::1']) entries.add(host);
  return [...entries].join(',');
}

function playgroundEnv(folder: PlaygroundFolder): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // We print the URL; it would otherwise try to open a browser itself.
    TEAMSAPPTESTER_BROWSER: 'none',
    // --disable-telemetry alone still lets Application Insights' statsbeat call out.
    APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: folder.configPath,
    M365_AGENTS_PLAYGROUND_LOGFILE: folder.logPath,
  };
  // It sends its calls to the bot through HTTP(S)_PROXY unless NO_PROXY exempts the host.
  env.NO_PROXY = withLoopbackExempt(env.NO_PROXY ?? env.no_proxy);
  env.no_proxy = env.NO_PROXY;
  // With these set it would fetch Entra tokens from login.microsoftonline.com.
  delete env.AUTH_CLIENT_ID;
  delete env.AUTH_CLIENT_SECRET;
  delete env.AUTH_TENANT_ID;
  return env;
}

const LEVEL = /^(log|info|warn|error|debug) (.*)$/s;

/**
 * When its stdout is not a terminal the Playground writes its messages (config errors included) only to its log file,
 * so that file is echoed; its debug entries are telemetry payloads and socket chatter, left in the file.
 */
function echoPlaygroundLog(logPath: string): () => void {
  let level = 'log';
  const tail = tailFile(logPath, (line) => {
    const match = LEVEL.exec(line);
    if (match) level = match[1] ?? 'log';
    const text = match ? (match[2] ?? '') : line;
    if (level === 'debug') return;
    if (level === 'warn' || level === 'error') process.stderr.write(`[playground] ${level}: ${text}\n`);
    else process.stdout.write(`[playground] ${text}\n`);
  });
  return () => tail.stop();
}

export function startPlayground({ folder, port, botEndpoint }: PlaygroundStart): RunningPlayground {
  const stopLog = echoPlaygroundLog(folder.logPath);
  const base = `http://127.0.0.1:${port}`;
  const child = startChild(
    'playground',
    process.execPath,
    [
      '--import',
      pathToFileURL(require.resolve('tsx')).href,
      '--import',
      pathToFileURL(join(__dirname, 'bindLoopback.ts')).href,
      playgroundCli(),
      '--app-endpoint',
      botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(port),
      // Replies then go to the loopback address it listens on, whatever `localhost` resolves to.
      '--service-url',
      `${base}/_connector`,
      '--disable-telemetry',
    ],
    // Its stdout only repeats the log's first line.
    { cwd: folder.folder, env: playgroundEnv(folder), ignoreStdout: true },
  );
  return { child, url: base, pingUrl: `${base}/_debug/ping`, stopLog };
}
