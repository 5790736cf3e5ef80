import { z } from 'zod';
import { PartnerCenterRole } from './roles';
import { RosterUser } from './user';

export const Action = z.enum([
  'assignBenefit',
  'activateBenefit',
  'getKeys',
  'activateTechnical',
  'manageGoToMarket',
  'viewOwnAssignments',
  'viewBenefits',
  'manageRequests',
  'manageSubscription',
]);
export type Action = z.infer<typeof Action>;

const ADMINS: readonly PartnerCenterRole[] = ['globalAdmin', 'mpnPartnerAdmin'];

/** An empty list means any roster user with an MPN account may act. */
const REQUIRED_ROLES: Record<Action, readonly PartnerCenterRole[]> = {
  assignBenefit: ['globalAdmin'],
  activateBenefit: ADMINS,
  getKeys: ADMINS,
  activateTechnical: ADMINS,
  manageGoToMarket: ADMINS,
  viewOwnAssignments: [],
  viewBenefits: [],
  manageRequests: ADMINS,
  manageSubscription: ADMINS,
};

/**
 * The admins who hear about activations, expiries and renewals are the people who act on them (Global admin and
 * MPN partner admin); they also manage what is notified.
 */
export const NOTIFICATIONS_PERMISSION: Action = 'activateBenefit';

export function requiredRolesFor(action: Action): PartnerCenterRole[] {
  return [...REQUIRED_ROLES[action]];
}

export type RefusalReason = 'notInRoster' | 'cspOnly' | 'roleRequired';

export type Authorization =
  | { allowed: true }
  | { allowed: false; reason: RefusalReason; requiredRoles: PartnerCenterRole[] };

export function authorize(user: RosterUser | undefined, action: Action): Authorization {
  const requiredRoles = requiredRolesFor(action);
  if (user === undefined) return { allowed: false, reason: 'notInRoster', requiredRoles };
  if (user.accountType === 'cspOnly') return { allowed: false, reason: 'cspOnly', requiredRoles };
  if (requiredRoles.length > 0 && !user.roles.some((role) => requiredRoles.includes(role))) {
    return { allowed: false, reason: 'roleRequired', requiredRoles };
  }
  return { allowed: true };
}

/** A CSP-only account holding the role could not act either, so it is never named as the person to ask. */
export function holdersOf(roster: readonly RosterUser[], roles: readonly PartnerCenterRole[]): RosterUser[] {
  return roster.filter((user) => user.accountType === 'mpn' && user.roles.some((role) => roles.includes(role)));
}
