import type { Locale, Translate } from '../../../../bot/i18n';
import { benefitsSummaryCardData } from '../../../../cards/benefits/benefitsSummaryCardData';
import type { BenefitsSummaryCardData } from '../../../../cards/benefits/benefitsSummary';
import { demoCompany } from './demoCompany';

/** The demo company's benefits page as a Global admin and as an employee see it. */
export function benefitsSummarySamples(t: Translate, locale: Locale): Record<string, BenefitsSummaryCardData> {
  const company = demoCompany();
  const employee = company.find('employee without roles', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const view = { companyName: company.tenant.companyName, benefits: company.benefits };
  return {
    'global-admin': benefitsSummaryCardData({ ...view, user: company.withRole('globalAdmin') }, t, locale),
    employee: benefitsSummaryCardData({ ...view, user: employee }, t, locale),
  };
}
