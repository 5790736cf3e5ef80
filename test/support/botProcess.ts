import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../scripts/playground/ports';

export { freePort };

const ROOT = join(__dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}


/** Runs `bot/index.ts` as `npm run serve` does, in its own process. */
export async function spawnBot(env: Record<string, string>): Promise<BotProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  let output = '';
  // One process, not the tsx command (which runs the bot in a child of its own): a SIGKILL must hit the bot itself.
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'bot', 'index.ts')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, port, output: () => output, exited };
}

/** Waits until the bot serves and its store answers. */
export async function waitUntilReady(bot: BotProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (bot.child.exitCode !== null) throw new Error(`The bot exited early:\n${bot.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The bot did not become ready:\n${bot.output()}`);
}
