import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The embedded store lives in one process's memory and is written to its data file from there, so a second process
 * on the same file (a second bot, or the import command while the bot runs) would overwrite the other's changes.
 * The lock file holds the owner's pid; a lock left by a process that no longer runs is taken over.
 */
export async function lockDataFile(dataFile: string): Promise<() => Promise<void>> {
  const lockFile = `${dataFile}.lock`;
  await mkdir(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `The data file ${dataFile} is in use by process ${owner}. Stop that process first (for an import, stop the bot, import, then start it again).`,
        );
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the data file ${dataFile}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
