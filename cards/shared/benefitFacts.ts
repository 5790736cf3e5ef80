import type { BenefitCategory, BenefitStatus } from '../../bot/domain/benefit';
import type { BenefitDoc } from '../../bot/domain/documents';
import type { SupportAccessIds } from '../../bot/domain/technicalAccess';
import type { Locale, Translate } from '../../bot/i18n';
import type { BenefitFact } from '../benefits/benefitCategory';
import { formatDate } from './formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';

export function categoryName(category: BenefitCategory, t: Translate): string {
  return t(`benefits.category.${category}`);
}

export function statusName(status: BenefitStatus, t: Translate): string {
  return t(`benefits.status.${status}`);
}

/** A seat counts as used once it is assigned to someone: a benefit carries its assignments. */
export function seatCounts(benefits: readonly BenefitDoc[]): { used: number; total: number } {
  return {
    used: benefits.reduce((sum, benefit) => sum + benefit.assignments.length, 0),
    total: benefits.reduce((sum, benefit) => sum + benefit.quantity, 0),
  };
}

/** The dates a benefit has, in the reader's way of writing dates; a date not reached yet is simply not there. */
export function dateFacts(benefit: BenefitDoc, t: Translate, locale: Locale): BenefitFact[] {
  const dates: [string, string | undefined][] = [
    ['benefits.facts.purchased', benefit.purchaseDate],
    ['benefits.facts.activated', benefit.activationDate],
    ['benefits.facts.expires', benefit.expiryDate],
  ];
  return dates.flatMap(([label, date]) => (date ? [{ label: t(label), value: formatDate(date, locale) }] : []));
}

export function supportIdFacts(ids: SupportAccessIds, t: Translate): BenefitFact[] {
  return [
    { label: t('benefits.facts.accessId'), value: escapeMarkdown(ids.accessId) },
    { label: t('benefits.facts.contractId'), value: escapeMarkdown(ids.contractId) },
  ];
}
