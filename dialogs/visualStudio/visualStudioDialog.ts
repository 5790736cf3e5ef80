import { ChoiceFactory, ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { visualStudioCard } from '../../cards/visualStudio';
import type { BenefitDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { visualStudioCardData } from './visualStudioCardData';

export const VISUAL_STUDIO_DIALOG = 'visualStudio';
const PICK_SUBSCRIPTION = 'visualStudio.pick';
const STEPS = 'visualStudio.steps';

/** Pick a subscription (when there are several), then see who holds it and assign or reassign it on its card. */
export class VisualStudioDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'queries'>) {
    super(VISUAL_STUDIO_DIALOG);
    this.addDialog(new ChoicePrompt(PICK_SUBSCRIPTION));
    this.addDialog(
      new WaterfallDialog(STEPS, [async (step) => this.chooseSubscription(step), async (step) => this.showSubscription(step)]),
    );
    this.initialDialogId = STEPS;
  }

  private async chooseSubscription(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const t = translatorFor(context.caller.locale);
    const outcome = await this.services.queries.benefits(context, 'visualStudio');
    if (outcome.kind !== 'done') {
      await step.context.sendActivity(unsuccessfulText(outcome, t, context.caller.locale));
      return step.endDialog();
    }
    const subscriptions = outcome.value;
    (step.values as { subscriptions: BenefitDoc[] }).subscriptions = subscriptions;
    if (subscriptions.length === 0) {
      await step.context.sendActivity(t('visualStudio.none'));
      return step.endDialog();
    }
    if (subscriptions.length === 1) return step.next({ index: 0 });
    return step.prompt(PICK_SUBSCRIPTION, {
      prompt: t('visualStudio.pick'),
      choices: ChoiceFactory.toChoices(subscriptions.map((subscription) => subscription.name)),
    });
  }

  private async showSubscription(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const { subscriptions } = step.values as { subscriptions: BenefitDoc[] };
    const benefit = subscriptions[(step.result as { index: number }).index]!;
    const roster = await this.services.queries.roster(context);
    const globalAdmins = roster.kind === 'refused' ? (roster.params.holders ?? []) : [];
    const view = { benefit, roster: roster.kind === 'done' ? roster.value : undefined, globalAdmins, now: context.now };
    await step.context.sendActivity({ attachments: [visualStudioCard(visualStudioCardData(view, t, locale))] });
    return step.endDialog();
  }
}
