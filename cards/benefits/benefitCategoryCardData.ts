import type { BenefitCategory } from '../../bot/domain/benefit';
import type { BenefitDoc } from '../../bot/domain/documents';
import { visibleSupportIds } from '../../bot/domain/technicalAccess';
import type { RosterUser } from '../../bot/domain/user';
import type { Locale, Translate } from '../../bot/i18n';
import type { BenefitCategoryCardData } from './benefitCategory';
import { BENEFITS_DIALOG, categoryFlowButton } from './categoryCommands';
import { categoryName, dateFacts, seatCounts, statusName, supportIdFacts } from '../shared/benefitFacts';
import { escapeMarkdown } from '../../bot/i18n/markdown';

export interface BenefitCategoryView {
  category: BenefitCategory;
  benefits: readonly BenefitDoc[];
  user: RosterUser | undefined;
}

/**
 * Every benefit of one category with its status, seats and dates. Product keys never appear here: they are handed
 * out by the category's own conversation, to those allowed to have them.
 */
export function benefitCategoryCardData(view: BenefitCategoryView, t: Translate, locale: Locale): BenefitCategoryCardData {
  return {
    title: categoryName(view.category, t),
    intro: t('benefits.detail.intro'),
    benefits: view.benefits.map((benefit) => {
      const supportIds = visibleSupportIds(benefit);
      return {
        name: escapeMarkdown(benefit.name),
        facts: [
          { label: t('benefits.facts.status'), value: statusName(benefit.status, t) },
          { label: t('benefits.facts.used'), value: t('benefits.usedValue', seatCounts([benefit])) },
          ...dateFacts(benefit, t, locale),
          ...(supportIds ? supportIdFacts(supportIds, t) : []),
        ],
      };
    }),
    empty: t('benefits.detail.none'),
    flow: categoryFlowButton(view.category, view.user, t),
    allBenefits: { visible: true, title: t('benefits.detail.allBenefits'), command: BENEFITS_DIALOG },
  };
}
