import type { TechnicalBenefitDoc } from '../../bot/services/technicalBenefits';

/** One on-premises incidents benefit of a company, available with one seat unless the test says otherwise. */
export function technicalBenefit(tenantId: string, overrides: Partial<TechnicalBenefitDoc> = {}): TechnicalBenefitDoc {
  return {
    id: 'benefit:t',
    tenantId,
    type: 'benefit',
    benefitId: 't',
    name: 'Support',
    category: 'technical',
    kind: 'onPremisesIncidents',
    quantity: 1,
    status: 'available',
    assignments: [],
    ...overrides,
  };
}
