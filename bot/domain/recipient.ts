import type { RosterUser } from './user';

/**
 * An account tied only to CSP gets "You are not authorized for this action" (004), so it cannot use a benefit: it is
 * never the recipient of an assignment nor the marketing contact.
 */
export function mayReceiveBenefits(person: Pick<RosterUser, 'accountType'>): boolean {
  return person.accountType === 'mpn';
}
