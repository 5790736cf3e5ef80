import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './cloudKeys.json';

/** A license-based subscription's keys and how to activate it with them. */
export interface CloudKeysCardData {
  title: string;
  keysHeading: string;
  keys: { value: string }[];
  noKeys: string;
  instructionsHeading: string;
  instructions: string;
  keepSecret: string;
}

export function cloudKeysCard(data: CloudKeysCardData): CardAttachment {
  return cardAttachment(template, data);
}
