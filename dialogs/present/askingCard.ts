import type { Attachment, TurnContext } from 'botbuilder';
import type { AskingCard, AskingCardShows } from '../../cards/shared/askingCard';
import type { Logger } from '../../bot/logger';
import type { Outcome } from '../../bot/services/outcome';
import { isRecord } from '../cardAction';

/** How each kind of asking card is drawn as it stands now. */
export type AskingCardDraws = Record<AskingCardShows, () => Promise<Outcome<Attachment>>>;

const SHOWN: ReadonlySet<string> = new Set<AskingCardShows>(['offers']);
/** Far longer than any activity id Teams gives out. */
const MAX_ACTIVITY_ID_LENGTH = 200;

/**
 * The card a press came from, when its button says what the card shows (`cardShows`): the message Teams says was
 * pressed, in the chat of this turn, never a message id the card data names.
 */
export function askingCardOf(activity: TurnContext['activity']): AskingCard | undefined {
  const shows = isRecord(activity.value) ? activity.value.cardShows : undefined;
  const activityId = activity.replyToId;
  const conversationId = activity.conversation?.id;
  if (typeof shows !== 'string' || !SHOWN.has(shows)) return undefined;
  if (typeof activityId !== 'string' || activityId === '' || activityId.length > MAX_ACTIVITY_ID_LENGTH) return undefined;
  if (typeof conversationId !== 'string' || conversationId === '') return undefined;
  return { shows: shows as AskingCardShows, activityId, conversationId };
}

/**
 * Draws the card that started a conversation again, in place, as it is now. Teams would ask for it through the card's
 * `refresh`, but a client that never does (the Agents Playground) would keep offering what was just done. Only in the
 * chat of this turn; a card that cannot be drawn or updated is logged, and what the conversation saved stands.
 */
export async function redrawAskingCard(
  context: TurnContext,
  asking: AskingCard | undefined,
  draws: AskingCardDraws,
  logger?: Pick<Logger, 'warn'>,
): Promise<void> {
  if (!asking || asking.conversationId !== context.activity.conversation?.id) return;
  try {
    const card = await draws[asking.shows]();
    if (card.kind === 'done') await context.updateActivity({ id: asking.activityId, type: 'message', attachments: [card.value] });
  } catch (error) {
    logger?.warn('the card that started the conversation was not updated', { activityId: asking.activityId, shows: asking.shows, error });
  }
}
