import type { Benefit } from './benefit';
import { authorize, type RefusalReason } from './permissions';
import type { RosterUser } from './user';

/** `personalChatOnly`: the person may see keys, but not here, where everyone in the chat would see them too. */
export type KeyVisibility = 'visible' | 'personalChatOnly' | RefusalReason;

/**
 * Product keys are shown only to a Global admin or MPN partner admin, and only in a personal chat with the bot:
 * a team or group chat shows them to everyone in it, and keeps them in its history.
 */
export function mayRevealKeys(user: RosterUser | undefined, conversationType: string | undefined): KeyVisibility {
  const authorization = authorize(user, 'getKeys');
  if (!authorization.allowed) return authorization.reason;
  return conversationType === 'personal' ? 'visible' : 'personalChatOnly';
}

/** The benefit as anyone may see it: keys are left out of everything but a key reveal. */
export function withoutKeys<T extends Benefit>(benefit: T): T {
  if (benefit.category === 'software') {
    return { ...benefit, products: benefit.products.map((product) => ({ ...product, keys: [] })) };
  }
  if (benefit.category === 'cloud') {
    const { keys: _keys, ...rest } = benefit;
    return rest as T;
  }
  return benefit;
}
