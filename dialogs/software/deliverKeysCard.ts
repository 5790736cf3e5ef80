import { ActivityTypes, type Attachment, type TurnContext } from 'botbuilder';
import type { CardAnswer } from '../cardAction';
import { replaceCardOrSend } from '../present/replyCard';

/**
 * Delivering a card with keys failed. It carries only the connector's status: the underlying error may quote the
 * request it failed on, card and keys included, and a turn error is logged whole.
 */
export class KeysCardNotDeliveredError extends Error {
  constructor(readonly statusCode: number | undefined) {
    super(`The card with keys could not be delivered${statusCode ? ` (status ${statusCode})` : ''}`);
    this.name = 'KeysCardNotDeliveredError';
  }
}

/** Replaces the card the request came from with the keys card; a failure never carries the keys into a log. */
export async function deliverKeysCard(context: TurnContext, card: Attachment): Promise<void> {
  try {
    await replaceCardOrSend(context, card);
  } catch (error) {
    const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
    throw new KeysCardNotDeliveredError(typeof statusCode === 'number' ? statusCode : undefined);
  }
}

/**
 * Answers a Get keys press with the keys card: within the invoke for an Action.Execute (the server writes it without
 * ever logging a body), else in place of the card pressed, for cards sent while Get keys was an Action.Submit.
 */
export async function answerWithKeys(context: TurnContext, card: Attachment): Promise<CardAnswer | void> {
  if (context.activity.type === (ActivityTypes.Invoke as string)) return { card };
  await deliverKeysCard(context, card);
}
