import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { freePort } from '../../scripts/playground/ports';

export const ROOT = join(__dirname, '..', '..');

/**
 * A TypeScript entry point run in one Node process (no wrapper process), so its pid is the one to measure; `root` is
 * the checkout it is run from (another one, with its own packages, to compare with the code before a change).
 */
export function runTypeScript(entry: string, env: Record<string, string>, nodeFlags: readonly string[] = [], root = ROOT): ChildProcess {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...nodeFlags, '--import', 'tsx', join(root, entry)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.resume();
  return child;
}

/** A TypeScript entry point forked with an IPC channel; resolves with the first message it sends (it is ready). */
export function forkTypeScript<T>(file: string, env: Record<string, string>): Promise<{ child: ChildProcess; message: T }> {
  const child = fork(file, [], {
    execArgv: ['--require', 'tsx/cjs'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return nextMessage<T>(child).then((message) => ({ child, message }));
}

/** The next message a forked child sends; rejects if it exits first. */
export function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${child.spawnfile} exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}

export async function waitForStatus(url: string, expected: (status: number) => boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (expected((await fetch(url, { method: 'GET' })).status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in time`);
}

/** Resident memory of a process in MiB, as the kernel counts it. */
export function residentMemoryMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** CPU time a process has used so far (user and system) in ms, as the kernel counts it in clock ticks of 10 ms. */
export function cpuTimeMs(pid: number): number {
  // The command name (field 2) may hold spaces and parentheses; the fields after its last `) ` start with field 3.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks * 10;
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
