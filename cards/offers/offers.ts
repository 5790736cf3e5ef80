import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './offers.json';
import type { LinkButton } from '../shared/linkButton';
import type { Choice } from '../shared/choice';
import { OFFERS_VERBS } from './offers.verbs';
import type { AskingCardShows } from '../shared/askingCard';

export interface OfferCardItem {
  name: string;
  types: string;
  facts: { label: string; value: string }[];
  activate: { visible: boolean; title: string; data: { offerId: string } };
}

export interface OffersCardData {
  /** Where the work continues outside Teams. */
  links: LinkButton[];
  title: string;
  intro: string;
  /** What the last action on the card did, or why it did nothing; empty when there is none. */
  notice: string;
  error: string;
  offers: OfferCardItem[];
  none: string;
  contact: { visible: boolean; text: string; button: string; data: { command: 'marketingContact'; cardShows: AskingCardShows } };
  record: {
    visible: boolean;
    title: string;
    note: string;
    offerLabel: string;
    offerError: string;
    offerValue: string;
    offers: Choice[];
    expiresLabel: string;
    expiresError: string;
    /** The date typed before the card came back, and why it was not taken; empty otherwise. */
    expiresValue: string;
    expiresProblem: string;
    /** The first day the date picker offers (tomorrow): an expiry date must lie ahead. */
    earliest: string;
    button: string;
  };
  note: string;
}

export function offersCard(data: OffersCardData): CardAttachment {
  return cardAttachment(template, data, OFFERS_VERBS);
}
