import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import type { PeoplePicker } from '../shared/peoplePicker';
import template from './technical.json';
import type { LinkButton } from '../shared/linkButton';
import { TECHNICAL_VERBS } from './technical.verbs';

export interface Fact {
  label: string;
  value: string;
}

/** A labelled text input; `id` is unique on the card. */
export interface TextField {
  id: string;
  /** What was typed before the card came back; empty otherwise. */
  value: string;
  label: string;
  placeholder: string;
  error: string;
  /** Why the value typed was not taken, shown under the field; empty otherwise. */
  problem: string;
  maxLength: number;
}

/** One technical benefit with the forms its reader may use; a form that is not `visible` is left out. */
export interface TechnicalBenefitCardData {
  benefitId: string;
  name: string;
  kind: string;
  facts: Fact[];
  hasActions: boolean;
  activate: { visible: boolean; button: string };
  recordIds: { visible: boolean; button: string; accessId: TextField; contractId: TextField; submit: string };
  assign: {
    visible: boolean;
    button: string;
    person: { id: string; label: string; placeholder: string; error: string; people: PeoplePicker };
    email: TextField;
    /** The shape the card checks the email against before sending; the server checks again. */
    emailPattern: string;
    note: string;
    submit: string;
  };
  request: { visible: boolean; button: string; topic: TextField; description: TextField; submit: string };
}

export interface TechnicalCardData {
  /** Where the work continues outside Teams. */
  links: LinkButton[];
  title: string;
  /** Why the last action on the card did nothing; empty otherwise. */
  error: string;
  /** Where to go on with the person named in the command; empty otherwise. */
  notice: string;
  entitlementHeading: string;
  entitlement: Fact[];
  entitlementNote: string;
  benefits: TechnicalBenefitCardData[];
  /** Shown when the company has no technical benefits; empty otherwise. */
  emptyText: string;
  /** Shown when some benefit's IDs are on the card; empty otherwise. */
  idsNote: string;
  /** Who to ask for what the reader may not do; empty when they may do everything. */
  notes: { text: string }[];
}

export function technicalCard(data: TechnicalCardData): CardAttachment {
  return cardAttachment(template, data, TECHNICAL_VERBS);
}
