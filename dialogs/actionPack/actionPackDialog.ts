import type { WaterfallDialog } from 'botbuilder-dialogs';
import type { AppServices } from '../../bot/services/appServices';
import { singleCardDialog } from '../present/singleCardDialog';
import { actionPackOverviewCard } from './currentActionPack';

export const ACTION_PACK_DIALOG = 'actionPack';

export function actionPackDialog(services: Pick<AppServices, 'actionPack'>): WaterfallDialog {
  return singleCardDialog(ACTION_PACK_DIALOG, (context) => actionPackOverviewCard(services, context));
}
