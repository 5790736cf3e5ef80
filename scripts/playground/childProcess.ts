import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

export interface StartChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Drop the child's stdout (its stderr is still shown). */
  ignoreStdout?: boolean;
}

const running = new Set<ChildProcess>();

// Children live in their own process group (see startChild); if this process dies without stopping them,
// ask them to stop rather than leave them running unseen.
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

function prefixLines(stream: Readable, out: Writable, prefix: string): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix} ${line}\n`));
}

export function describeExit(exit: ChildExit): string {
  if (exit.error) return `could not be started (${exit.error.message})`;
  if (exit.signal) return `was stopped by ${exit.signal}`;
  return `exited with code ${exit.code}`;
}

export class ManagedChild {
  readonly exited: Promise<ChildExit>;
  private exit: ChildExit | undefined;

  constructor(readonly label: string, private readonly child: ChildProcess) {
    running.add(child);
    this.exited = new Promise((resolve) => {
      const settle = (exit: ChildExit): void => {
        if (this.exit) return;
        this.exit = exit;
        running.delete(child);
        resolve(exit);
      };
      child.once('error', (error) => settle({ code: null, signal: null, error }));
      child.once('close', (code, signal) => settle({ code, signal }));
    });
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  /** Sends `signal`, then SIGKILL if the child is still running after `timeoutMs`. */
  async stop(signal: NodeJS.Signals, timeoutMs: number): Promise<ChildExit> {
    if (this.exit) return this.exit;
    this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        process.stderr.write(`[${this.label}] still running ${timeoutMs / 1000} s after ${signal}: killing it\n`);
        this.child.kill('SIGKILL');
        resolve();
      }, timeoutMs);
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(timer);
    return this.exited;
  }
}

/**
 * Starts `command` with each output line prefixed by `[label]`. The child gets its own process group, so a Ctrl+C in
 * the terminal reaches only start.ts, which then stops each child exactly once (the bot must flush its data file).
 */
export function startChild(label: string, command: string, args: string[], options: StartChildOptions): ManagedChild {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', options.ignoreStdout ? 'ignore' : 'pipe', 'pipe'],
    detached: true,
  });
  const prefix = `[${label}]`;
  if (child.stdout) prefixLines(child.stdout, process.stdout, prefix);
  if (child.stderr) prefixLines(child.stderr, process.stderr, prefix);
  return new ManagedChild(label, child);
}
