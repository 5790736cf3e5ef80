import { open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { PRIVATE_FILE_MODE, syncFolder } from './durableFiles';
import type { StoreChange } from './storeChanges';

interface PendingEntry {
  line: string;
  resolve(): void;
  reject(error: unknown): void;
}

/** Entries appended before a rotation go to the old file, those after it to the new one. */
type QueueItem = { kind: 'entry'; entry: PendingEntry } | { kind: 'rotate'; generation: number; resolve(): void; reject(error: unknown): void };

function journalPath(dataFile: string, generation: number): string {
  return `${dataFile}.journal.${generation}`;
}

/**
 * The embedded store's append-only journal: one line per answered write with the changes it made. An append resolves
 * once its line is on disk (fdatasync); appends that arrive while one is being flushed are written and flushed together
 * (group commit), so concurrent writes share one flush. Files are numbered by generation: a compaction rotates to the
 * next file, writes a snapshot that holds everything before it, and removes the older files.
 */
export class Journal {
  private readonly queue: QueueItem[] = [];
  private draining: Promise<void> | undefined;
  private failure: unknown;
  private bytes = 0;

  private constructor(
    private readonly dataFile: string,
    private generation: number,
    private handle: FileHandle,
  ) {}

  static async open(dataFile: string, generation: number): Promise<Journal> {
    const handle = await openJournalFile(dataFile, generation);
    return new Journal(dataFile, generation, handle);
  }

  /** Bytes appended since the last rotation: when to compact. */
  get size(): number {
    return this.bytes;
  }

  /** True after a failed write: the file may end in a torn line, so nothing more is appended until a rotation. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  append(changes: readonly StoreChange[]): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure instanceof Error ? this.failure : new Error('the journal could not be written', { cause: this.failure }));
    const line = `${JSON.stringify(changes)}\n`;
    this.bytes += Buffer.byteLength(line);
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'entry', entry: { line, resolve, reject } });
      this.drain();
    });
  }

  /** Starts the next file; appends from now on go there. Resolves when it exists on disk and the old one is closed. */
  rotate(): { generation: number; done: Promise<void> } {
    this.generation += 1;
    this.bytes = 0;
    const generation = this.generation;
    const done = new Promise<void>((resolve, reject) => {
      this.queue.push({ kind: 'rotate', generation, resolve, reject });
      this.drain();
    });
    return { generation, done };
  }

  async close(): Promise<void> {
    await this.draining;
    await this.handle.close();
  }

  private drain(): void {
    this.draining ??= this.writeQueued().finally(() => {
      this.draining = undefined;
      if (this.queue.length > 0) this.drain();
    });
  }

  private async writeQueued(): Promise<void> {
    while (this.queue.length > 0) {
      const head = this.queue[0];
      if (head.kind === 'rotate') {
        this.queue.shift();
        await this.switchTo(head);
        continue;
      }
      const batch: PendingEntry[] = [];
      while (this.queue[0]?.kind === 'entry') batch.push((this.queue.shift() as { entry: PendingEntry }).entry);
      await this.writeBatch(batch);
    }
  }

  private async writeBatch(batch: PendingEntry[]): Promise<void> {
    if (this.failure !== undefined) {
      for (const entry of batch) entry.reject(this.failure);
      return;
    }
    try {
      await this.handle.write(batch.map((entry) => entry.line).join(''));
      await this.handle.datasync();
      for (const entry of batch) entry.resolve();
    } catch (error) {
      this.failure = error;
      for (const entry of batch) entry.reject(error);
    }
  }

  private async switchTo(rotation: Extract<QueueItem, { kind: 'rotate' }>): Promise<void> {
    try {
      const next = await openJournalFile(this.dataFile, rotation.generation);
      await this.handle.close().catch(() => undefined);
      this.handle = next;
      this.failure = undefined;
      rotation.resolve();
    } catch (error) {
      this.failure ??= error;
      rotation.reject(error);
    }
  }
}

async function openJournalFile(dataFile: string, generation: number): Promise<FileHandle> {
  const path = journalPath(dataFile, generation);
  const handle = await open(path, 'a', PRIVATE_FILE_MODE);
  // A new file's name must be on disk too, or a power loss could take the file with everything flushed into it.
  await syncFolder(path);
  return handle;
}

/** The generations of the journal files beside the data file, oldest first. */
async function journalGenerations(dataFile: string): Promise<number[]> {
  const prefix = `${basename(dataFile)}.journal.`;
  const names = await readdir(dirname(dataFile)).catch(() => [] as string[]);
  return names
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .map((name) => Number(name.slice(prefix.length)))
    .sort((a, b) => a - b);
}

/**
 * The changes recorded in the journal files from `fromGeneration` on, in order. A file ends at its first line that is
 * incomplete or unreadable: that write was never flushed, so it was never answered.
 */
export async function readJournal(dataFile: string, fromGeneration: number): Promise<{ changes: StoreChange[][]; lastGeneration: number; torn: number }> {
  const changes: StoreChange[][] = [];
  let lastGeneration = fromGeneration;
  let torn = 0;
  for (const generation of await journalGenerations(dataFile)) {
    if (generation < fromGeneration) continue;
    lastGeneration = generation;
    const lines = (await readFile(journalPath(dataFile, generation), 'utf8')).split('\n');
    // The last element is what follows the final newline: empty, or a line that was being written.
    if (lines.pop() !== '') torn += 1;
    for (const line of lines) {
      const entry = parseEntry(line);
      if (!entry) {
        torn += 1;
        break;
      }
      changes.push(entry);
    }
  }
  return { changes, lastGeneration, torn };
}

function parseEntry(line: string): StoreChange[] | undefined {
  try {
    const parsed = JSON.parse(line) as unknown;
    return Array.isArray(parsed) ? (parsed as StoreChange[]) : undefined;
  } catch {
    return undefined;
  }
}

export async function removeJournalsBefore(dataFile: string, generation: number): Promise<void> {
  for (const older of await journalGenerations(dataFile)) {
    if (older < generation) await rm(journalPath(dataFile, older), { force: true });
  }
  await syncFolder(dataFile);
}
