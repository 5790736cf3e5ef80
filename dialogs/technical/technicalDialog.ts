import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { technicalOverviewCard } from './technicalOverviewCard';

export const TECHNICAL_DIALOG = 'technical';
const STEPS = 'technical.steps';

/** The company's technical benefits on one card; its buttons go to the technical card actions. */
export class TechnicalDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'technical'>) {
    super(TECHNICAL_DIALOG);
    this.addDialog(new WaterfallDialog(STEPS, [async (step) => this.showBenefits(step)]));
    this.initialDialogId = STEPS;
  }

  private async showBenefits(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const card = await technicalOverviewCard(this.services.technical, context);
    await step.context.sendActivity(
      card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale),
    );
    return step.endDialog();
  }
}
