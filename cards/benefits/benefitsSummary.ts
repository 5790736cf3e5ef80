import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import { BENEFITS_VERBS } from './benefits.verbs';
import template from './benefitsSummary.json';
import type { LinkButton } from '../shared/linkButton';

/** A button that starts a command's conversation, as if its name had been typed. */
export interface CommandButton {
  visible: boolean;
  title: string;
  command: string;
}

export interface BenefitsSummaryRow {
  /** The category id the Details button sends. */
  category: string;
  name: string;
  statuses: string;
  usage: string;
  expiry: string;
  details: { visible: boolean; title: string };
  flow: CommandButton;
}

export interface BenefitsSummaryCardData {
  /** Where the work continues outside Teams. */
  links: LinkButton[];
  title: string;
  intro: string;
  rows: BenefitsSummaryRow[];
}

export function benefitsSummaryCard(data: BenefitsSummaryCardData): CardAttachment {
  return cardAttachment(template, data, BENEFITS_VERBS);
}
