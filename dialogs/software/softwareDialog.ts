import { ChoiceFactory, ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { softwareProductCard } from '../../cards/softwareProduct';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { SoftwareProductView } from '../../bot/services/softwareKeys';
import { unsuccessfulText } from '../present/outcomeText';
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
    this.addDialog(new WaterfallDialog(STEPS, [async (step) => this.chooseProduct(step), async (step) => this.showProduct(step)]));
    this.initialDialogId = STEPS;
  }

  private async chooseProduct(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const t = translatorFor(context.caller.locale);
    const outcome = await this.services.software.products(context);
    if (outcome.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(outcome, t, context.caller.locale));
      return step.endDialog();
    }
    // Kept in the dialog state between turns: the views hold no keys.
    const products = outcome.value;
    (step.values as { products: SoftwareProductView[] }).products = products;
    if (products.length === 0) {
      await step.context.sendActivity(t('software.none'));
      return step.endDialog();
    }
    if (products.length === 1) return step.next({ index: 0 });
    return step.prompt(PICK_PRODUCT, {
      prompt: t('software.pick'),
      choices: ChoiceFactory.toChoices(products.map((view) => view.product.name)),
    });
  }

  private async showProduct(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const { products } = step.values as { products: SoftwareProductView[] };
    const view = products[(step.result as { index: number }).index]!;
    const refusal = await this.services.software.keyRefusal(context);
    const keyRefusal = refusalNote(refusal, t, locale);
    await step.context.sendActivity({ attachments: [softwareProductCard(softwareProductCardData({ view, keyRefusal }, t, locale))] });
    return step.endDialog();
  }
}
