import type { TurnContext } from 'botbuilder';
import { idempotencyKeyOf, type ActionContext } from '../bot/services/actionContext';
import type { Caller } from '../bot/services/caller';
import { NO_DEADLINE, type TurnDeadline } from '../bot/domain/turnDeadline';

export const CALLER_TURN_KEY = Symbol('caller');
const CHANGE_APPLIED_TURN_KEY = Symbol('changeApplied');
const DEADLINE_TURN_KEY = Symbol('deadline');

export function callerOf(context: TurnContext): Caller {
  const caller = context.turnState.get<Caller | undefined>(CALLER_TURN_KEY);
  if (!caller) throw new Error('The caller was not resolved before the dialog ran');
  return caller;
}

/** Gives the turn its deadline: the use cases it calls and its own store calls check it. */
export function setTurnDeadline(context: TurnContext, deadline: TurnDeadline): void {
  context.turnState.set(DEADLINE_TURN_KEY, deadline);
}

/** The turn's deadline; none for a turn run without the deadline middleware. */
export function turnDeadlineOf(context: TurnContext): TurnDeadline {
  return context.turnState.get<TurnDeadline | undefined>(DEADLINE_TURN_KEY) ?? NO_DEADLINE;
}

/** What a use case needs to know about this turn. */
export function actionContextOf(context: TurnContext): ActionContext {
  const { conversation, id } = context.activity;
  let idempotencyKey: string | undefined;
  return {
    caller: callerOf(context),
    // Hashed when a use case first asks for it: most turns change nothing.
    get idempotencyKey() {
      return (idempotencyKey ??= idempotencyKeyOf(conversation?.id, id));
    },
    // Unknown counts as not personal: secrets are shown only where the chat is known to be private.
    conversationType: context.activity.conversation?.conversationType ?? '',
    now: new Date(),
    deadline: turnDeadlineOf(context),
    changeApplied: () => context.turnState.set(CHANGE_APPLIED_TURN_KEY, true),
  };
}

/** Whether a use case applied a change in this turn: what failed after it did not undo it. */
export function changeAppliedIn(context: TurnContext): boolean {
  return context.turnState.get(CHANGE_APPLIED_TURN_KEY) === true;
}
