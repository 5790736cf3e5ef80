import type { BenefitFact } from '../benefits/benefitCategory';
import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './myAssignments.json';

export interface MyAssignmentsItem {
  name: string;
  /** The benefit's category. */
  kind: string;
  facts: BenefitFact[];
}

export interface MyAssignmentsCardData {
  title: string;
  /** A greeting over the list, or the friendly answer when nothing is assigned. */
  intro: string;
  items: MyAssignmentsItem[];
  companySupportHeading: string;
  companySupportNote: string;
  companySupport: MyAssignmentsItem[];
}

export function myAssignmentsCard(data: MyAssignmentsCardData): CardAttachment {
  return cardAttachment(template, data);
}
