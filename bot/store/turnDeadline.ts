import type { TurnDeadline } from '../domain/turnDeadline';
import { StoreUnavailableError } from './errors';

/** The turn ran out of time before the store answered everything it asked. */
export class TurnDeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`The turn did not finish within ${deadlineMs} ms`);
    this.name = 'TurnDeadlineError';
  }
}

/**
 * Runs a turn with a deadline, within Teams' 15 s: once it passes, the turn fails with the store busy (the user hears
 * so while Teams still waits), and each store call the turn would still start checks the deadline it was given and
 * fails instead, so what it had not written yet stays unwritten.
 */
export async function withinTurnDeadline<T>(deadlineMs: number, turn: (deadline: TurnDeadline) => Promise<T>): Promise<T> {
  let passed = false;
  const deadline: TurnDeadline = {
    check: () => {
      if (passed) throw new StoreUnavailableError(new Error('The turn is past its deadline'), 'busy');
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      passed = true;
      reject(new StoreUnavailableError(new TurnDeadlineError(deadlineMs), 'busy'));
    }, deadlineMs);
  });
  const work = turn(deadline);
  // The turn goes on in the background once the deadline has answered; its own failure then has no one to tell.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}
