import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import type { RevealedKeysData } from '../shared/revealedKeys';
import template from './softwareKeys.json';

/** A software product's keys with the install packages for the chosen language and operating system. */
export interface SoftwareKeysCardData extends RevealedKeysData {
  title: string;
  facts: { label: string; value: string }[];
  downloadsHeading: string;
  downloads: { title: string; url: string }[];
  noDownload: string;
}

export function softwareKeysCard(data: SoftwareKeysCardData): CardAttachment {
  return cardAttachment(template, data);
}
