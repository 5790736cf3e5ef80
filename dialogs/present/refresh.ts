import type { Attachment } from 'botbuilder';
import type { UserDoc } from '../../bot/domain/documents';
import { authorize, type Action } from '../../bot/domain/permissions';
import { done, type Outcome } from '../../bot/services/outcome';

/** Teams refreshes a card automatically for at most this many listed people in a group chat or channel. */
export const MAX_REFRESH_USERS = 60;

export interface CardRefresh {
  verb: string;
  data: Record<string, unknown>;
}

/**
 * The people a card refreshes for by itself: the reader first, then those who may act on it, since their view has
 * buttons the others' has not. In a chat of fewer than 60 people Teams refreshes it for everyone anyway.
 */
export function refreshViewers(readerId: string | undefined, actors: readonly { aadObjectId: string }[]): string[] {
  return [...new Set([...(readerId ? [readerId] : []), ...actors.map((user) => user.aadObjectId)])];
}

/** The people of a roster who may take an action. */
export function mayTake(roster: readonly UserDoc[], action: Action): UserDoc[] {
  return roster.filter((user) => authorize(user, action).allowed);
}

/** Makes Teams ask for the card as it is now, for the person looking, whenever one of the viewers opens the chat. */
export function withRefresh(card: Attachment, refresh: CardRefresh, viewers: readonly string[]): Attachment {
  const userIds = viewers.slice(0, MAX_REFRESH_USERS).map((aadObjectId) => `8:orgid:${aadObjectId}`);
  const action = { type: 'Action.Execute', verb: refresh.verb, data: refresh.data };
  return { ...card, content: { ...(card.content as Record<string, unknown>), refresh: { action, userIds } } };
}

/** A use case's answer drawn as a card that refreshes itself for `viewers`; a refusal passes through. */
export function refreshingCard<T>(
  outcome: Outcome<T>,
  draw: (value: T) => Attachment,
  refresh: CardRefresh,
  viewers: (value: T) => readonly string[],
): Outcome<Attachment> {
  if (outcome.kind !== 'done') return outcome;
  return done(withRefresh(draw(outcome.value), refresh, viewers(outcome.value)));
}
