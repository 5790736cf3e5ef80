import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './actionDone.json';
import type { LinkButton } from '../shared/linkButton';

/** What replaces a card once its action is done, so its buttons cannot be pressed a second time. */
export interface ActionDoneCardData {
  title: string;
  text: string;
  facts: { label: string; value: string }[];
  /** Where the work continues outside Teams. */
  links?: LinkButton[];
}

export function actionDoneCard(data: ActionDoneCardData): CardAttachment {
  return cardAttachment(template, { links: [], ...data });
}
