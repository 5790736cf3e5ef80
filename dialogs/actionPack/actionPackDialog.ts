import { WaterfallDialog } from 'botbuilder-dialogs';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { actionPackOverviewCard } from './currentActionPack';

export const ACTION_PACK_DIALOG = 'actionPack';

export function actionPackDialog(services: Pick<AppServices, 'actionPack'>): WaterfallDialog {
  return new WaterfallDialog(ACTION_PACK_DIALOG, [
    async (step) => {
      const context = actionContextOf(step.context);
      const { locale } = context.caller;
      const card = await actionPackOverviewCard(services, context);
      await step.context.sendActivity(
        card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale),
      );
      return step.endDialog();
    },
  ]);
}
