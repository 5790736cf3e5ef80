import type { BenefitCategory } from '../../../../bot/domain/benefit';
import type { Locale, Translate } from '../../../../bot/i18n';
import { benefitCategoryCardData } from '../../../../cards/benefits/benefitCategoryCardData';
import type { BenefitCategoryCardData } from '../../../../cards/benefits/benefitCategory';
import { demoCompany } from './demoCompany';

/** Details of the demo company's categories: with support IDs, with an expired offer, with product keys kept out. */
export function benefitCategorySamples(t: Translate, locale: Locale): Record<string, BenefitCategoryCardData> {
  const company = demoCompany();
  const user = company.withRole('globalAdmin');
  const of = (category: BenefitCategory) =>
    benefitCategoryCardData(
      { category, benefits: company.benefits.filter((benefit) => benefit.category === category), user },
      t,
      locale,
    );
  return {
    software: of('software'),
    technical: of('technical'),
    'go-to-market': of('goToMarket'),
    'no-benefits-in-category': benefitCategoryCardData({ category: 'cloud', benefits: [], user }, t, locale),
  };
}
