import type { Attachment, TurnContext } from 'botbuilder';

/**
 * After a card's action, the card it came from is replaced by the result, so its buttons cannot be pressed again.
 * Without a card to replace (a typed request, a client that cannot update), the result is sent as a new message.
 */
export async function replaceCardOrSend(context: TurnContext, card: Attachment): Promise<void> {
  const cardId = context.activity.replyToId;
  if (cardId) {
    try {
      await context.updateActivity({ id: cardId, type: 'message', attachments: [card] });
      return;
    } catch {
      // The original card may be gone or not updatable: the result still reaches the user below.
    }
  }
  await context.sendActivity({ attachments: [card] });
}
