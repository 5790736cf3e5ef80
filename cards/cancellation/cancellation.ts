import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './cancellation.json';
import { CANCELLATION_VERBS } from './cancellation.verbs';

/** The confirmation of a cancellation: what is cancelled, why, the refund verdict, and the one button that fits it. */
export interface CancellationCardData {
  title: string;
  /** Why filing did nothing; empty otherwise. */
  error: string;
  facts: { label: string; value: string }[];
  verdict: string;
  /** True offers "File request" with a refund; false offers "File without refund". */
  refund: boolean;
  insist: string;
  note: string;
  button: string;
  target: string;
  reason: string;
}

export function cancellationCard(data: CancellationCardData): CardAttachment {
  return cardAttachment(template, data, CANCELLATION_VERBS);
}
