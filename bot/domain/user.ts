import { z } from 'zod';
import { Locale } from './locale';
import { PartnerCenterRole } from './roles';

export const AccountType = z.enum(['mpn', 'cspOnly']);
export type AccountType = z.infer<typeof AccountType>;

export const RosterUser = z.object({
  aadObjectId: z.string().min(1),
  displayName: z.string().min(1),
  email: z.email(),
  userPrincipalName: z.string().min(1).optional(),
  roles: z.array(PartnerCenterRole).default([]),
  accountType: AccountType.default('mpn'),
  locale: Locale.optional(),
});
export type RosterUser = z.infer<typeof RosterUser>;

/** People as every list and picker shows them: by name. A sorted copy. */
export function byName<T extends Pick<RosterUser, 'displayName'>>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
