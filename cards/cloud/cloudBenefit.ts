import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './cloudBenefit.json';
import type { LinkButton } from '../shared/linkButton';
import { CLOUD_VERBS } from './cloud.verbs';

/** One cloud service: who activated it, and the Activate for me or Get keys button for those who may. */
export interface CloudBenefitCardData {
  /** Where the work continues outside Teams. */
  links: LinkButton[];
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

export function cloudBenefitCard(data: CloudBenefitCardData): CardAttachment {
  return cardAttachment(template, data, CLOUD_VERBS);
}
