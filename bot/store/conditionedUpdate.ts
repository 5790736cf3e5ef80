import { AlreadyExistsError, ConcurrencyError } from './errors';
import type { Stored } from './tenantDocuments';
import type { TurnDeadline } from '../domain/turnDeadline';

/** What the caller makes of the document as it is now: write this in its place, or stop here with a result. */
export type Decision<TDocument, TResult> =
  | { write: TDocument; result: (written: TDocument) => TResult }
  | { stop: TResult };

export interface ConditionedUpdate<TDocument, TResult> {
  /** The document as stored now, with its ETag; undefined when there is none. */
  read: () => Promise<Stored<TDocument> | undefined>;
  decide: (current: Stored<TDocument> | undefined) => Decision<TDocument, TResult>;
  /** Writes over the document only if it still carries `etag`. */
  replace: (next: TDocument, etag: string) => Promise<TDocument>;
  /** Writes a document that was not there; without it, a decision to write where nothing was read is a fault. */
  create?: (next: TDocument) => Promise<TDocument>;
  /** The turn's: past it, neither the read nor the write starts (the user was told nothing changed). */
  deadline: TurnDeadline;
}

const MAX_ATTEMPTS = 5;

/**
 * Read, decide, write with the ETag that was read (nothing read: create); when someone else wrote or created in
 * between, read again and decide again on the new state (the other writer may have taken the last seat). Never writes
 * over a change it has not seen.
 */
export async function updateConditioned<TDocument, TResult>(update: ConditionedUpdate<TDocument, TResult>): Promise<TResult> {
  for (let attempt = 1; ; attempt += 1) {
    update.deadline.check();
    const current = await update.read();
    const decision = update.decide(current);
    if ('stop' in decision) return decision.stop;
    update.deadline.check();
    try {
      return decision.result(await write(update, decision.write, current));
    } catch (error) {
      const lostRace = error instanceof ConcurrencyError || error instanceof AlreadyExistsError;
      if (!lostRace || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

function write<TDocument>(
  update: ConditionedUpdate<TDocument, unknown>,
  next: TDocument,
  current: Stored<TDocument> | undefined,
): Promise<TDocument> {
  if (current) return update.replace(next, current._etag);
  if (!update.create) throw new Error('Nothing was read to replace, and this document is never created here');
  return update.create(next);
}
