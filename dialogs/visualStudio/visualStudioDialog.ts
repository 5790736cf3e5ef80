import { ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { BenefitDoc } from '../../bot/domain/documents';
import type { AppServices } from '../../bot/services/appServices';
import { chooseOne, chosenItem } from '../present/chooseOne';
import { actionContextOf } from '../turn';
import { subscriptionCard } from './subscriptionCard';

export const VISUAL_STUDIO_DIALOG = 'visualStudio';
const PICK_SUBSCRIPTION = 'visualStudio.pick';
const STEPS = 'visualStudio.steps';

/** Pick a subscription (when there are several), then see who holds it and assign or reassign it on its card. */
export class VisualStudioDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'queries'>) {
    super(VISUAL_STUDIO_DIALOG);
    this.addDialog(new ChoicePrompt(PICK_SUBSCRIPTION));
    this.addDialog(
      new WaterfallDialog(STEPS, [async (step) => this.choose(step), async (step) => this.showSubscription(step)]),
    );
    this.initialDialogId = STEPS;
  }

  private choose(step: WaterfallStepContext) {
    return chooseOne(step, {
      list: (context) => this.services.queries.benefits(context, 'visualStudio'),
      promptId: PICK_SUBSCRIPTION,
      noneKey: 'visualStudio.none',
      pickKey: 'visualStudio.pick',
      label: (subscription) => subscription.name,
    });
  }

  private async showSubscription(step: WaterfallStepContext) {
    const card = await subscriptionCard(this.services.queries, actionContextOf(step.context), chosenItem<BenefitDoc>(step));
    await step.context.sendActivity({ attachments: [card] });
    return step.endDialog();
  }
}
