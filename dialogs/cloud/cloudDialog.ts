import { ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudBenefitView } from '../../bot/services/cloudActivation';
import { chooseOne, chosenItem } from '../present/chooseOne';
import { actionContextOf } from '../turn';
import { cloudServiceCard } from './cloudServiceCard';

export const CLOUD_DIALOG = 'cloud';
const PICK_SERVICE = 'cloud.pick';
const STEPS = 'cloud.steps';

/** Pick a cloud service (when there are several), then activate it for yourself or get its keys on its card. */
export class CloudDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'cloud'>) {
    super(CLOUD_DIALOG);
    this.addDialog(new ChoicePrompt(PICK_SERVICE));
    this.addDialog(new WaterfallDialog(STEPS, [async (step) => this.choose(step), async (step) => this.showService(step)]));
    this.initialDialogId = STEPS;
  }

  private choose(step: WaterfallStepContext) {
    return chooseOne(step, {
      list: (context) => this.services.cloud.benefits(context),
      promptId: PICK_SERVICE,
      noneKey: 'cloud.none',
      pickKey: 'cloud.pick',
      label: (service) => service.benefit.name,
    });
  }

  private async showService(step: WaterfallStepContext) {
    const card = await cloudServiceCard(this.services, actionContextOf(step.context), chosenItem<CloudBenefitView>(step));
    await step.context.sendActivity({ attachments: [card] });
    return step.endDialog();
  }
}
