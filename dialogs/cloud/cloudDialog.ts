import { ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { cloudBenefitCard } from '../../cards/cloudBenefit';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudBenefitView } from '../../bot/services/cloudActivation';
import { chooseOne, chosenItem } from '../present/chooseOne';
import { refusalNote } from '../software/refusalNote';
import { actionContextOf } from '../turn';
import { cloudBenefitCardData } from './cloudCardData';

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
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const view = chosenItem<CloudBenefitView>(step);
    const card = {
      view,
      caller: context.caller.user,
      activationRefusal: refusalNote(await this.services.cloud.activationRefusal(context), t, locale),
      keyRefusal: refusalNote(await this.services.cloud.keyRefusal(context), t, locale),
    };
    await step.context.sendActivity({ attachments: [cloudBenefitCard(cloudBenefitCardData(card, t, locale))] });
    return step.endDialog();
  }
}
