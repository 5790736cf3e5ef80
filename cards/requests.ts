import type { Attachment } from 'botbuilder';
import { cardAttachment } from './renderCard';
import template from './requests.json';

/** The company's service requests, each with its own status picker and Update button. */
export interface RequestsCardData {
  title: string;
  /** What the last action did, shown on top when the card is replaced after it. */
  notice: string;
  /** Why the last update did nothing; empty otherwise. */
  error: string;
  summary: string;
  labels: { changeStatus: string; statusLabel: string; statusError: string; updateButton: string };
  requests: {
    requestId: string;
    /** Input ids are unique across a card, so each request's status picker has its own. */
    statusInputId: string;
    heading: string;
    facts: { label: string; value: string }[];
    /** The statuses it can move to: every one but its current status. */
    statuses: { title: string; value: string }[];
  }[];
}

export function requestsCard(data: RequestsCardData): Attachment {
  return cardAttachment(template, data);
}
