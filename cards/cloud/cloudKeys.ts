import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import type { RevealedKeysData } from '../shared/revealedKeys';
import template from './cloudKeys.json';

/** A license-based subscription's keys and how to activate it with them. */
export interface CloudKeysCardData extends RevealedKeysData {
  title: string;
}

export function cloudKeysCard(data: CloudKeysCardData): CardAttachment {
  return cardAttachment(template, data);
}
