import type { Benefit, Competency, Membership, PartnerCenterRole, RosterUser } from '../../../bot/domain';

export function rosterUser(
  aadObjectId: string,
  roles: PartnerCenterRole[] = [],
  accountType: RosterUser['accountType'] = 'mpn',
): RosterUser {
  return {
    aadObjectId,
    displayName: `User ${aadObjectId}`,
    email: `${aadObjectId}@contoso-partners.example`,
    roles,
    accountType,
  };
}

export function membership(competencies: Competency[] = [], withActionPack = false): Membership {
  return {
    networkMember: true,
    actionPack: withActionPack ? { purchaseDate: '2026-01-15', autoRenew: true } : undefined,
    competencies,
  };
}

export function visualStudio(overrides: Partial<Extract<Benefit, { category: 'visualStudio' }>> = {}): Benefit {
  return {
    benefitId: 'vs',
    name: 'Visual Studio Professional',
    quantity: 2,
    status: 'active',
    category: 'visualStudio',
    edition: 'Professional',
    ...overrides,
  };
}

export function utc(iso: string): Date {
  return new Date(iso);
}
