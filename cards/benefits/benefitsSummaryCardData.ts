import { BenefitCategory, BenefitStatus } from '../../bot/domain/benefit';
import type { BenefitDoc } from '../../bot/domain/documents';
import { hasActiveMembershipOffers } from '../../bot/domain/offers';
import type { RosterUser } from '../../bot/domain/user';
import type { Locale, Translate } from '../../bot/i18n';
import type { BenefitsSummaryCardData, BenefitsSummaryRow } from './benefitsSummary';
import { formatDate, formatList } from '../shared/formatting';
import { categoryFlowButton } from './categoryCommands';
import { categoryName, seatCounts, statusName } from '../shared/benefitFacts';
import { linkTo } from '../shared/links';

export interface BenefitsSummaryView {
  companyName: string;
  benefits: readonly BenefitDoc[];
  /** Who is looking: decides which category conversations are offered. */
  user: RosterUser | undefined;
}

/** One row per category, every category, so a company sees what its membership lacks as well as what it holds. */
export function benefitsSummaryCardData(view: BenefitsSummaryView, t: Translate, locale: Locale): BenefitsSummaryCardData {
  return {
    links: [linkTo('partnerCenterBenefits', t)],
    title: t('benefits.summary.title'),
    intro: t('benefits.summary.intro', { company: view.companyName }),
    rows: BenefitCategory.options.map((category) =>
      summaryRow(
        category,
        view.benefits.filter((benefit) => benefit.category === category),
        view.user,
        t,
        locale,
      ),
    ),
  };
}

function summaryRow(
  category: BenefitCategory,
  benefits: readonly BenefitDoc[],
  user: RosterUser | undefined,
  t: Translate,
  locale: Locale,
): BenefitsSummaryRow {
  // Quantities and expiry speak of what can still be used; expired and cancelled benefits only count by status. Each
  // category counts what a seat means in it (assigned, activated for someone); an offer has no seats, its status says all.
  const live = benefits.filter((benefit) => hasActiveMembershipOffers([benefit]));
  const statuses = BenefitStatus.options
    .map((status) => ({ status, count: benefits.filter((benefit) => benefit.status === status).length }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => t('benefits.statusCount', { status: statusName(status, t), count }));
  const nextExpiry = live
    .map((benefit) => benefit.expiryDate)
    .filter((date): date is string => date !== undefined)
    .sort()[0];
  return {
    category,
    name: categoryName(category, t),
    statuses: benefits.length === 0 ? t('benefits.summary.none') : formatList(statuses, t),
    usage: live.length > 0 && category !== 'goToMarket' ? t(`benefits.usage.${category}`, seatCounts(live)) : '',
    expiry: nextExpiry
      ? t('benefits.summary.nextExpiry', { date: formatDate(nextExpiry, locale) })
      : live.length > 0
        ? t('benefits.summary.noExpiry')
        : '',
    details: { visible: benefits.length > 0, title: t('benefits.summary.details') },
    flow: categoryFlowButton(category, user, t),
  };
}
