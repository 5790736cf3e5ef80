import type { Attachment, TurnContext } from 'botbuilder';
import { translatorFor, type Locale, type Translate } from '../../bot/i18n';
import type { Outcome } from '../../bot/services/outcome';
import type { CardAnswer } from '../cardAction';
import { callerOf } from '../turn';
import { unsuccessfulText } from './outcomeText';

type Unsuccessful = Exclude<Outcome<unknown>, { kind: 'done' }>;

/** A card to answer with: drawn already, or from a use case that may refuse to show it to this caller. */
export type DrawnCard = Attachment | Outcome<Attachment>;

/** The card with the reason on it, so the press can be corrected and sent again; none for the reason alone. */
export type CardWithReason = (
  refusal: string,
  outcome: Unsuccessful,
  t: Translate,
  locale: Locale,
) => DrawnCard | undefined | Promise<DrawnCard | undefined>;

export interface OutcomeCards<T> {
  /** The card that shows what was done. */
  done: (value: T, t: Translate, locale: Locale) => DrawnCard | Promise<DrawnCard>;
  refused?: CardWithReason;
}

/** A use case's outcome as the card that takes the pressed card's place, or as why nothing was done. */
export async function answerOutcome<T>(context: TurnContext, outcome: Outcome<T>, cards: OutcomeCards<T>): Promise<CardAnswer> {
  if (outcome.kind !== 'done') return answerRefusal(context, outcome, cards.refused);
  const { locale } = callerOf(context);
  return answerWithCard(context, await cards.done(outcome.value, translatorFor(locale), locale));
}

/** Why nothing was done, in the caller's language, on the card drawn again for it when there is one. */
export async function answerRefusal(context: TurnContext, outcome: Unsuccessful, cardWithReason?: CardWithReason): Promise<CardAnswer> {
  const { locale } = callerOf(context);
  const t = translatorFor(locale);
  const refusal = unsuccessfulText(outcome, t, locale);
  const card = await cardWithReason?.(refusal, outcome, t, locale);
  return card ? answerWithCard(context, card, refusal) : { refusal };
}

/** A card as the answer; one this caller may not see gives way to why not, unless `refusal` already says why. */
export function answerWithCard(context: TurnContext, card: DrawnCard, refusal?: string): CardAnswer {
  if (!isOutcome(card)) return { card, refusal };
  if (card.kind === 'done') return { card: card.value, refusal };
  const { locale } = callerOf(context);
  return { refusal: refusal ?? unsuccessfulText(card, translatorFor(locale), locale) };
}

/** A card asked for as it is now (its refresh); nothing when this caller may not see it. */
export function currentCard(card: Outcome<Attachment>): CardAnswer | undefined {
  return card.kind === 'done' ? { card: card.value } : undefined;
}

function isOutcome(card: DrawnCard): card is Outcome<Attachment> {
  return 'kind' in card;
}
