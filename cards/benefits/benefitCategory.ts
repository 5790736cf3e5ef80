import type { CommandButton } from './benefitsSummary';
import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './benefitCategory.json';

export interface BenefitFact {
  label: string;
  value: string;
}

export interface BenefitCategoryCardData {
  title: string;
  intro: string;
  benefits: { name: string; facts: BenefitFact[] }[];
  /** Shown when the category holds no benefit. */
  empty: string;
  flow: CommandButton;
  allBenefits: CommandButton;
}

export function benefitCategoryCard(data: BenefitCategoryCardData): CardAttachment {
  return cardAttachment(template, data);
}
