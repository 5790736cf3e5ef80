import type { CosmosClient } from '@azure/cosmos';
import type { Logger } from '../logger';
import { Journal, readJournal, removeJournalsBefore } from './journal';
import { readSnapshotFile, restoreSnapshot, writeSnapshotFile } from './snapshot';
import type { StoreChange } from './storeChanges';
import { StoreImage } from './storeImage';

/** Journal bytes after which the store is compacted into a fresh snapshot. */
const DEFAULT_COMPACT_AFTER_BYTES = 4 * 1024 * 1024;

/**
 * Keeps the embedded store on disk: the data file is a snapshot, and every write since is a line in the journal,
 * flushed to disk before the write is answered. At start the snapshot and then the journal are loaded; the journal is
 * compacted into a new snapshot at start, whenever it has grown by `compactAfterBytes`, and on close.
 */
export class StorePersistence {
  private compacting: Promise<void> | undefined;

  private constructor(
    private readonly dataFile: string,
    private readonly image: StoreImage,
    private readonly journal: Journal,
    private readonly logger: Logger,
    private readonly compactAfterBytes: number,
  ) {}

  /** Loads the data file and its journal into the (empty) server behind `client`, then compacts them. */
  static async load(
    dataFile: string,
    client: CosmosClient,
    logger: Logger,
    compactAfterBytes = DEFAULT_COMPACT_AFTER_BYTES,
  ): Promise<StorePersistence> {
    const snapshot = await readSnapshotFile(dataFile);
    const image = StoreImage.fromSnapshot(snapshot);
    const journaled = await readJournal(dataFile, snapshot?.journalGeneration ?? 0);
    for (const changes of journaled.changes) image.apply(changes);
    const generation = journaled.lastGeneration + 1;
    await restoreSnapshot(client, image.toSnapshot(generation));
    if (snapshot || journaled.changes.length > 0) {
      logger.info('restored the embedded store from its data file', {
        dataFile,
        savedAt: snapshot?.savedAt,
        journaledWrites: journaled.changes.length,
        ...(journaled.torn > 0 ? { unfinishedWritesIgnored: journaled.torn } : {}),
      });
    }
    const journal = await Journal.open(dataFile, generation);
    const persistence = new StorePersistence(dataFile, image, journal, logger, compactAfterBytes);
    await persistence.writeSnapshot(generation);
    return persistence;
  }

  /** False after the journal failed to write, until a compaction has put everything on disk again. */
  get acceptsWrites(): boolean {
    return !this.journal.failed;
  }

  /** Records what a write changed; resolves once it is on disk. */
  record(changes: StoreChange[]): Promise<void> {
    this.image.apply(changes);
    const flushed = this.journal.append(changes);
    if (this.journal.size >= this.compactAfterBytes) void this.compactQuietly();
    return flushed;
  }

  /** Writes everything into a fresh snapshot and drops the journal files it holds. */
  compact(): Promise<void> {
    this.compacting ??= (async () => {
      // One synchronous step: the snapshot holds exactly the writes recorded before the rotation.
      const { generation, done } = this.journal.rotate();
      const snapshot = this.image.toSnapshot(generation);
      await done;
      await writeSnapshotFile(this.dataFile, snapshot);
      await removeJournalsBefore(this.dataFile, generation);
    })().finally(() => {
      this.compacting = undefined;
    });
    return this.compacting;
  }

  compactQuietly(): Promise<void> {
    return this.compact().catch((error: unknown) => {
      this.logger.error('could not compact the data file', { dataFile: this.dataFile, error });
    });
  }

  async close(): Promise<void> {
    await this.compact();
    await this.journal.close();
  }

  private async writeSnapshot(generation: number): Promise<void> {
    await writeSnapshotFile(this.dataFile, this.image.toSnapshot(generation));
    await removeJournalsBefore(this.dataFile, generation);
  }
}
