import { startRetentionPurge, type PurgeParts, type RunningPurge } from './retentionPurge';

export interface PurgeWhereNeeded extends RunningPurge {
  /** Whether the purge runs, once the store has shown whether it removes expired documents itself. */
  readonly decided: Promise<boolean>;
}

/**
 * Runs the retention purge only where the store does not remove expired documents itself, which it is asked once, in
 * the background: the answer takes a few seconds, and the first purge can wait that long. A store that cannot answer
 * is purged: deleting what has expired is right on any store.
 */
export function startRetentionPurgeWhereNeeded(
  parts: PurgeParts & { storeExpiresDocuments(signal: AbortSignal): Promise<boolean> },
): PurgeWhereNeeded {
  const { logger } = parts;
  const stopping = new AbortController();
  let running: RunningPurge | undefined;
  const start = (): boolean => {
    if (stopping.signal.aborted) return false;
    running = startRetentionPurge(parts);
    return true;
  };
  const decided = parts.storeExpiresDocuments(stopping.signal).then(
    (expires) => {
      if (expires) return false;
      logger.info('the store keeps expired documents, so the bot deletes them', { intervalMs: parts.intervalMs });
      return start();
    },
    (error: unknown) => {
      if (stopping.signal.aborted) return false;
      logger.warn('could not tell whether the store deletes expired documents, so the bot deletes them', { error });
      return start();
    },
  );
  return {
    decided,
    async stop() {
      stopping.abort();
      await decided;
      await running?.stop();
    },
  };
}
