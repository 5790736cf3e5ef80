import { AsyncLocalStorage } from 'node:async_hooks';
import { StoreUnavailableError } from './errors';

/** The turn a store call is made for, and whether its time is up. */
interface TurnClock {
  expired: boolean;
}

const turns = new AsyncLocalStorage<TurnClock>();

/** The turn ran out of time before the store answered everything it asked. */
export class TurnDeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`The turn did not finish within ${deadlineMs} ms`);
    this.name = 'TurnDeadlineError';
  }
}

/**
 * Runs a turn with a deadline, within Teams' 15 s: once it passes, the turn fails with the store busy (the user hears
 * so while Teams still waits) and no store call starts for it any more, so what it had not written yet stays unwritten.
 */
export async function withinTurnDeadline<T>(deadlineMs: number, turn: () => Promise<T>): Promise<T> {
  const clock: TurnClock = { expired: false };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      clock.expired = true;
      reject(new StoreUnavailableError(new TurnDeadlineError(deadlineMs), 'busy'));
    }, deadlineMs);
  });
  const work = turns.run(clock, turn);
  // The turn goes on in the background once the deadline has answered; its own failure then has no one to tell.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Called before each store call: a turn past its deadline makes no more. */
export function checkTurnDeadline(): void {
  const clock = turns.getStore();
  if (clock?.expired) throw new StoreUnavailableError(new Error('The turn is past its deadline'), 'busy');
}
