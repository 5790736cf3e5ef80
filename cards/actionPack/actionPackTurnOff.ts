import { cardAttachment, type CardAttachment } from '../shared/renderCard';
import template from './actionPackTurnOff.json';
import { ACTION_PACK_VERBS } from './actionPack.verbs';

/** Asks before automatic renewal goes off, since it cannot come back on until the next renewal. */
export interface ActionPackTurnOffCardData {
  title: string;
  warning: string;
  confirmButton: string;
  keepButton: string;
}

export function actionPackTurnOffCard(data: ActionPackTurnOffCardData): CardAttachment {
  return cardAttachment(template, data, ACTION_PACK_VERBS);
}
