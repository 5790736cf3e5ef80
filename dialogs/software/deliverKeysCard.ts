import { ActivityTypes, type Attachment, type TurnContext } from 'botbuilder';
import { translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { Outcome } from '../../bot/services/outcome';
import type { CardAnswer } from '../cardAction';
import { answerRefusal, type CardWithReason } from '../present/cardAnswer';
import { replaceCardOrSend } from '../present/replyCard';
import { callerOf } from '../turn';

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
 * ever logging a body), else in place of the card pressed, for cards sent while Get keys was an Action.Submit. A
 * refusal is answered like any card action's.
 */
export async function answerGetKeys<T>(
  context: TurnContext,
  outcome: Outcome<T>,
  keysCard: (keys: T, t: Translate, locale: Locale) => Attachment,
  cardWithReason: CardWithReason,
): Promise<CardAnswer | void> {
  if (outcome.kind !== 'done') return answerRefusal(context, outcome, cardWithReason);
  const { locale } = callerOf(context);
  const card = keysCard(outcome.value, translatorFor(locale), locale);
  if (context.activity.type === (ActivityTypes.Invoke as string)) return { card };
  await deliverKeysCard(context, card);
}
