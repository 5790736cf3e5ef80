import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './requests.json';
import type { LinkButton } from '../shared/linkButton';
import { REQUESTS_VERBS } from './requests.verbs';

/** The company's service requests, each with its own status picker and Update button. */
export interface RequestsCardData {
  /** Where the work continues outside Teams. */
  links: LinkButton[];
  title: string;
  /** What the last action did, shown on top when the card is replaced after it. */
  notice: string;
  /** Why the last update did nothing; empty otherwise. */
  error: string;
  summary: string;
  labels: {
    changeStatus: string;
    statusLabel: string;
    statusError: string;
    updateButton: string;
    recordTicket: string;
    ticketLabel: string;
    ticketError: string;
    ticketButton: string;
  };
  requests: {
    requestId: string;
    /** Input ids are unique across a card, so each request's status picker has its own. */
    statusInputId: string;
    ticketInputId: string;
    /** Microsoft's ticket number once recorded, empty before. */
    ticketNumber: string;
    heading: string;
    facts: { label: string; value: string }[];
    /** The statuses it can move to: every one but its current status. */
    statuses: { title: string; value: string }[];
  }[];
}

export function requestsCard(data: RequestsCardData): CardAttachment {
  return cardAttachment(template, data, REQUESTS_VERBS);
}
