import type { Attachment, TurnContext } from 'botbuilder';

/**
 * What a card action answers with: the card that takes the pressed card's place for the person who pressed it. When
 * nothing was done, `refusal` says why, and the card, if there is one to show, is the same form with what was typed
 * kept and the reason on it.
 */
export type CardAnswer = { card: Attachment; refusal?: string } | { card?: undefined; refusal: string };

/**
 * Handles a card action; the payload is the action's data and the card's inputs (less `action` for an Action.Submit).
 * A handler that answers with a card leaves sending to the router; one that answers nothing has replied itself.
 */
export type CardActionHandler = (context: TurnContext, payload: Record<string, unknown>) => Promise<CardAnswer | void>;

export type CardActions = Record<string, CardActionHandler>;

/** The action a card submit names, and the rest of what it sent. */
export function cardSubmitOf(activity: { value?: unknown }): { action: string; payload: Record<string, unknown> } | undefined {
  const value = activity.value;
  if (!isRecord(value)) return undefined;
  const { action, ...payload } = value;
  return typeof action === 'string' ? { action, payload } : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
