import { ChoiceFactory, ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { cloudBenefitCard } from '../../cards/cloudBenefit';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CloudBenefitView } from '../../bot/services/cloudActivation';
import { unsuccessfulText } from '../present/outcomeText';
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
    this.addDialog(new WaterfallDialog(STEPS, [async (step) => this.chooseService(step), async (step) => this.showService(step)]));
    this.initialDialogId = STEPS;
  }

  private async chooseService(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const t = translatorFor(context.caller.locale);
    const outcome = await this.services.cloud.benefits(context);
    if (outcome.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(outcome, t, context.caller.locale));
      return step.endDialog();
    }
    // Kept in the dialog state between turns: the views hold no keys.
    const services = outcome.value;
    (step.values as { services: CloudBenefitView[] }).services = services;
    if (services.length === 0) {
      await step.context.sendActivity(t('cloud.none'));
      return step.endDialog();
    }
    if (services.length === 1) return step.next({ index: 0 });
    return step.prompt(PICK_SERVICE, {
      prompt: t('cloud.pick'),
      choices: ChoiceFactory.toChoices(services.map((service) => service.benefit.name)),
    });
  }

  private async showService(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const { services } = step.values as { services: CloudBenefitView[] };
    const view = services[(step.result as { index: number }).index]!;
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
