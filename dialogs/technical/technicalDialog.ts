import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { technicalCard } from '../../cards/technical';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { technicalCardData } from './technicalCardData';

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
    const t = translatorFor(locale);
    const outcome = await this.services.technical.overview(context);
    if (outcome.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(outcome, t, locale));
      return step.endDialog();
    }
    await step.context.sendActivity({ attachments: [technicalCard(technicalCardData(outcome.value, t, locale))] });
    return step.endDialog();
  }
}
