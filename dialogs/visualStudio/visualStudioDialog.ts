import { ChoicePrompt, ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { visualStudioCard } from '../../cards/visualStudio';
import type { BenefitDoc } from '../../bot/domain/documents';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { chooseOne, chosenItem } from '../present/chooseOne';
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
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const t = translatorFor(locale);
    const benefit = chosenItem<BenefitDoc>(step);
    const roster = await this.services.queries.roster(context);
    const globalAdmins = roster.kind === 'refused' ? (roster.params.holders ?? []) : [];
    const view = { benefit, roster: roster.kind === 'done' ? roster.value : undefined, globalAdmins, now: context.now };
    await step.context.sendActivity({ attachments: [visualStudioCard(visualStudioCardData(view, t, locale))] });
    return step.endDialog();
  }
}
