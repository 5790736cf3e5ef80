import type { Attachment } from 'botbuilder';
import { cardAttachment } from './renderCard';
import template from './cloudBenefit.json';

/** One cloud service: who activated it, and the Activate for me or Get keys button for those who may. */
export interface CloudBenefitCardData {
  benefitId: string;
  title: string;
  /** Why the last press did nothing; empty otherwise. */
  error: string;
  kind: string;
  facts: { label: string; value: string }[];
  activate: { visible: boolean; button: string };
  getKeys: { visible: boolean; button: string };
  note: string;
}

export function cloudBenefitCard(data: CloudBenefitCardData): Attachment {
  return cardAttachment(template, data);
}
