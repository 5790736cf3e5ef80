import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import { SOFTWARE_VERBS } from './software.verbs';
import template from './softwareProduct.json';

interface Choice {
  title: string;
  value: string;
}

/** One software product: pick the language and OS, then get keys and downloads (or, for others, who can). */
export interface SoftwareProductCardData {
  benefitId: string;
  product: string;
  title: string;
  subtitle: string;
  languages: Choice[];
  operatingSystems: Choice[];
  getKeys: {
    visible: boolean;
    intro: string;
    languageLabel: string;
    languageError: string;
    language: string;
    osLabel: string;
    osError: string;
    os: string;
    /** Why the last Get keys gave none, beside the pickers; empty otherwise. */
    error: string;
    button: string;
  };
  /** What the product is offered in, for those who see no pickers. */
  facts: { label: string; value: string }[];
  note: string;
}

export function softwareProductCard(data: SoftwareProductCardData): CardAttachment {
  return cardAttachment(template, data, SOFTWARE_VERBS);
}
