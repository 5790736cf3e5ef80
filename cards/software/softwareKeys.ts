import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './softwareKeys.json';

/** A software product's keys with the install packages for the chosen language and operating system. */
export interface SoftwareKeysCardData {
  title: string;
  facts: { label: string; value: string }[];
  keysHeading: string;
  keys: { value: string }[];
  noKeys: string;
  instructionsHeading: string;
  instructions: string;
  downloadsHeading: string;
  downloads: { title: string; url: string }[];
  noDownload: string;
  keepSecret: string;
}

export function softwareKeysCard(data: SoftwareKeysCardData): CardAttachment {
  return cardAttachment(template, data);
}
