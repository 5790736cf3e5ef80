import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The store's files hold product keys and the roster: readable by the owner only. */
export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;

/** Creates the data file's folder, readable by the owner only, if it does not exist yet. */
export async function ensureDataFolder(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Writes a temporary file, flushes it to disk, renames it over `path` and flushes the folder, so that after a crash or
 * a power loss at any moment `path` holds either the old content or the new, never a part.
 */
export async function replaceFileDurably(path: string, content: string): Promise<void> {
  await ensureDataFolder(path);
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  await syncFolder(path);
}

/** Makes the folder's entries (a file created, renamed or removed in it) durable. */
export async function syncFolder(pathInFolder: string): Promise<void> {
  const folder = await open(dirname(pathInFolder), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
