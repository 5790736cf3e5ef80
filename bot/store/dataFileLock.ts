import { open, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ensureDataFolder, PRIVATE_FILE_MODE } from './durableFiles';

/** Who holds the lock: a pid alone is not enough, since pids are reused (pid 1 in every container). */
interface LockOwner {
  pid: number;
  /** When the process started, in clock ticks since boot (/proc/<pid>/stat); absent where there is no /proc. */
  startTime?: string;
  host: string;
}

/**
 * The embedded store lives in one process's memory and is written to its data file from there, so a second process
 * on the same file (a second bot, or the import command while the bot runs) would overwrite the other's changes.
 * The lock file names its owner; a lock left by a process that no longer runs, or whose pid now belongs to another
 * process, is taken over.
 */
export async function lockDataFile(dataFile: string): Promise<() => Promise<void>> {
  const lockFile = `${dataFile}.lock`;
  await ensureDataFolder(dataFile);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx', PRIVATE_FILE_MODE);
      await handle.writeFile(JSON.stringify(currentOwner()));
      await handle.close();
      return async () => {
        await rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = parseOwner(await readFile(lockFile, 'utf8').catch(() => ''));
      if (owner && holdsTheLock(owner)) {
        const where = owner.host === hostname() ? '' : ` on host ${owner.host} (delete ${lockFile} if it no longer runs there)`;
        throw new Error(
          `The data file ${dataFile} is in use by process ${owner.pid}${where}. Stop that process first (for an import, stop the bot, import, then start it again).`,
          { cause: error },
        );
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the data file ${dataFile}`);
}

function currentOwner(): LockOwner {
  return { pid: process.pid, startTime: processStartTime(process.pid), host: hostname() };
}

/** The lock file's owner; a bare pid is the format of earlier versions. */
function parseOwner(text: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner> | number;
    if (typeof parsed === 'number') return Number.isInteger(parsed) ? { pid: parsed, host: hostname() } : undefined;
    if (!Number.isInteger(parsed.pid) || typeof parsed.host !== 'string') return undefined;
    return { pid: parsed.pid!, host: parsed.host, startTime: typeof parsed.startTime === 'string' ? parsed.startTime : undefined };
  } catch {
    return undefined;
  }
}

function holdsTheLock(owner: LockOwner): boolean {
  // Another machine's processes cannot be looked at from here: its lock stands until removed by hand.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid || !isRunning(owner.pid)) return false;
  if (owner.startTime === undefined) return true;
  const startTime = processStartTime(owner.pid);
  return startTime === undefined || startTime === owner.startTime;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat, counted after the command name, which may itself hold spaces and parentheses. */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
