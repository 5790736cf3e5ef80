import { AlreadyExistsError, ConcurrencyError } from '../store/errors';

export type Decision<TDocument, TResult> =
  | { write: TDocument; result: (written: TDocument) => TResult }
  | { stop: TResult };

const MAX_ATTEMPTS = 5;

/**
 * Read, decide, write with the ETag that was read (none: create); when someone else wrote in between, read again and
 * decide again on the new state (the other writer may have taken the last seat). Never writes over a change it has
 * not seen.
 */
export async function updateWithRetry<TDocument, TResult>(
  read: () => Promise<{ document: TDocument; etag: string } | undefined>,
  decide: (current: TDocument | undefined) => Decision<TDocument, TResult>,
  write: (next: TDocument, etag: string | undefined) => Promise<TDocument>,
): Promise<TResult> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await read();
    const decision = decide(current?.document);
    if ('stop' in decision) return decision.stop;
    try {
      return decision.result(await write(decision.write, current?.etag));
    } catch (error) {
      const lostRace = error instanceof ConcurrencyError || error instanceof AlreadyExistsError;
      if (!lostRace || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
