import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { AskingCard } from '../../cards/shared/askingCard';

type AskingCardsByPerson = Record<string, AskingCard>;

/**
 * The card whose button started each person's marketing-contact conversation in a chat, kept in the chat's state and
 * never in the conversation's cards: card data can be forged, and a forged message id would have the bot draw over any
 * of its own messages in the chat. Outside the dialog stack, since the form's submit starts the conversation anew and
 * the Save comes after it ended.
 */
export class AskingCardMemory {
  private readonly byPerson: StatePropertyAccessor<AskingCardsByPerson | undefined>;

  constructor(conversationState: BotState) {
    this.byPerson = conversationState.createProperty('askingCards');
  }

  /** The card the person's conversation starts from now; nothing when it starts from none that is drawn again. */
  async remember(context: TurnContext, card: AskingCard | undefined): Promise<void> {
    const person = context.activity.from?.aadObjectId;
    if (!person) return;
    const kept = await this.byPerson.get(context);
    if (card) await this.byPerson.set(context, { ...kept, [person]: card });
    else if (kept && Object.hasOwn(kept, person)) await this.forget(context, kept, person);
  }

  /** The card the person's conversation started from, forgotten as it is handed out. */
  async take(context: TurnContext): Promise<AskingCard | undefined> {
    const person = context.activity.from?.aadObjectId;
    const kept = person ? await this.byPerson.get(context) : undefined;
    if (!person || !kept || !Object.hasOwn(kept, person)) return undefined;
    const card = kept[person];
    await this.forget(context, kept, person);
    return card;
  }

  private async forget(context: TurnContext, kept: AskingCardsByPerson, person: string): Promise<void> {
    const { [person]: _forgotten, ...others } = kept;
    if (Object.keys(others).length > 0) await this.byPerson.set(context, others);
    else await this.byPerson.delete(context);
  }
}
