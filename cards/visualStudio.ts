import type { Attachment } from 'botbuilder';
import type { PeoplePicker } from './peoplePicker';
import { cardAttachment } from './renderCard';
import template from './visualStudio.json';

export interface Choice {
  title: string;
  value: string;
}

export interface VisualStudioCardData {
  benefitId: string;
  title: string;
  seats: string;
  holdersHeading: string;
  holders: { name: string; detail: string }[];
  assign: {
    visible: boolean;
    heading: string;
    personLabel: string;
    personPlaceholder: string;
    personError: string;
    people: PeoplePicker;
    button: string;
  };
  reassign: {
    visible: boolean;
    heading: string;
    note: string;
    fromLabel: string;
    fromError: string;
    holders: Choice[];
    toLabel: string;
    toError: string;
    personPlaceholder: string;
    people: PeoplePicker;
    button: string;
  };
  note: string;
}

export function visualStudioCard(data: VisualStudioCardData): Attachment {
  return cardAttachment(template, data);
}
