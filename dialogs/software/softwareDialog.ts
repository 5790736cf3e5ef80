import { ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { softwareProductCard } from '../../cards/softwareProduct';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { SoftwareProductView } from '../../bot/services/softwareKeys';
import { chooseOne, chosenItem } from '../present/chooseOne';
import { actionContextOf } from '../turn';
import { refusalNote } from './refusalNote';
import { softwareProductCardData } from './softwareCardData';

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
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const view = chosenItem<SoftwareProductView>(step);
    const refusal = await this.services.software.keyRefusal(context);
    const keyRefusal = refusalNote(refusal, t, locale);
    await step.context.sendActivity({ attachments: [softwareProductCard(softwareProductCardData({ view, keyRefusal }, t, locale))] });
    return step.endDialog();
  }
}
