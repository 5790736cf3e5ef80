/**
 * A turn's deadline as the store calls made for it see it. It is handed down with the turn (the action context,
 * conditioned updates) rather than found in an async context: tracking one costs every promise of every turn.
 */
export interface TurnDeadline {
  /** Throws the store's "busy" once the deadline has passed: a turn past it starts no more store calls. */
  check(): void;
}

/** For store calls made outside a turn (imports, the dispatcher, tests of the store itself). */
export const NO_DEADLINE: TurnDeadline = { check: () => undefined };
