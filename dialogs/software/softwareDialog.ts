import { ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { AppServices } from '../../bot/services/appServices';
import type { SoftwareProductView } from '../../bot/services/softwareKeys';
import { chooseOne, chosenItem } from '../present/chooseOne';
import { actionContextOf } from '../turn';
import { productCardFor } from './softwareProductCard';

export const SOFTWARE_DIALOG = 'software';
const PICK_PRODUCT = 'software.pick';
const STEPS = 'software.steps';

/** Pick a product (when there are several), then choose language and OS on its card and get keys and downloads. */
export class SoftwareDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'software'>) {
    super(SOFTWARE_DIALOG);
    this.addDialog(new ChoicePrompt(PICK_PRODUCT));
    this.addDialog(new WaterfallDialog(STEPS, [async (step) => this.choose(step), async (step) => this.showProduct(step)]));
    this.initialDialogId = STEPS;
  }

  private choose(step: WaterfallStepContext) {
    return chooseOne(step, {
      list: (context) => this.services.software.products(context),
      promptId: PICK_PRODUCT,
      noneKey: 'software.none',
      pickKey: 'software.pick',
      label: (view) => view.product.name,
    });
  }

  private async showProduct(step: WaterfallStepContext) {
    const card = await productCardFor(this.services, actionContextOf(step.context), chosenItem<SoftwareProductView>(step));
    await step.context.sendActivity({ attachments: [card] });
    return step.endDialog();
  }
}
