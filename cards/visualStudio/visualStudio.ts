import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import type { PeoplePicker } from '../shared/peoplePicker';
import template from './visualStudio.json';
import type { LinkButton } from '../shared/linkButton';
import { VISUAL_STUDIO_VERBS } from './visualStudio.verbs';
import type { Choice } from '../shared/choice';

export interface VisualStudioCardData {
  /** Where the work continues outside Teams. */
  links: LinkButton[];
  benefitId: string;
  title: string;
  seats: string;
  /** What the last action on the card did, or why it did nothing; empty when there is none. */
  notice: string;
  error: string;
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
    /** The holder shown as chosen; empty for none. */
    from: string;
    toLabel: string;
    toError: string;
    personPlaceholder: string;
    people: PeoplePicker;
    button: string;
  };
  note: string;
}

export function visualStudioCard(data: VisualStudioCardData): CardAttachment {
  return cardAttachment(template, data, VISUAL_STUDIO_VERBS);
}
