import { ConcurrencyError } from '../store/errors';

export type Decision<TDocument, TResult> =
  | { write: TDocument; result: (written: TDocument) => TResult }
  | { stop: TResult };

const MAX_ATTEMPTS = 5;

/**
 * Read, decide, write with the ETag that was read; when someone else wrote in between, read again and decide again
 * on the new state (the other writer may have taken the last seat). Never writes over a change it has not seen.
 */
export async function updateWithRetry<TDocument, TResult>(
  read: () => Promise<{ document: TDocument; etag: string } | undefined>,
  decide: (current: TDocument | undefined) => Decision<TDocument, TResult>,
  write: (next: TDocument, etag: string) => Promise<TDocument>,
): Promise<TResult> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await read();
    const decision = decide(current?.document);
    if ('stop' in decision) return decision.stop;
    if (!current) throw new Error('A write was decided on a document that does not exist');
    try {
      return decision.result(await write(decision.write, current.etag));
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
