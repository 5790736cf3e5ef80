import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './actionPack.json';
import type { LinkButton } from '../shared/linkButton';
import { ACTION_PACK_VERBS } from './actionPack.verbs';

/** The Action Pack subscription: its dates, automatic renewal, and for admins the switch and the renewal form. */
export interface ActionPackCardData {
  /** Where the work continues outside Teams. */
  links: LinkButton[];
  title: string;
  /** What the last action did, shown on top when the card is replaced after it. */
  notice: string;
  /** Why the last action did nothing; empty otherwise. */
  error: string;
  facts: { label: string; value: string }[];
  status: string;
  turnOff: { visible: boolean; button: string };
  turnOn: { visible: boolean; button: string };
  record: {
    visible: boolean;
    heading: string;
    note: string;
    dateLabel: string;
    dateError: string;
    /** The purchase date and today: a renewal happened between them. */
    min: string;
    max: string;
    /** The date sent before the card came back, and why it was not taken; empty otherwise. */
    value: string;
    problem: string;
    button: string;
  };
  note: string;
}

export function actionPackCard(data: ActionPackCardData): CardAttachment {
  return cardAttachment(template, data, ACTION_PACK_VERBS);
}
