import type { TurnContext } from 'botbuilder';

/** Handles an Adaptive Card submit whose data names this action; the payload is the data and inputs, less `action`. */
export type CardActionHandler = (context: TurnContext, payload: Record<string, unknown>) => Promise<void>;

export type CardActions = Record<string, CardActionHandler>;

/** The action a card submit names, and the rest of what it sent. */
export function cardSubmitOf(activity: { value?: unknown }): { action: string; payload: Record<string, unknown> } | undefined {
  const value = activity.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { action, ...payload } = value as Record<string, unknown>;
  return typeof action === 'string' ? { action, payload } : undefined;
}
