import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { personNamedIn } from '../commands';
import { answerNamedPerson } from '../peoplePicker/namedPersonForm';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { namedAssignee } from './namedAssignee';
import { technicalOverviewCard } from './technicalOverviewCard';

export const TECHNICAL_DIALOG = 'technical';
const STEPS = 'technical.steps';

/**
 * The company's technical benefits on one card; its buttons go to the technical card actions. Named in the command
 * ("assign technical support to Zoe"), the person is chosen in the card's assign forms.
 */
export class TechnicalDialog extends ComponentDialog {
  constructor(private readonly services: Pick<AppServices, 'technical' | 'people'>) {
    super(TECHNICAL_DIALOG);
    this.addDialog(new WaterfallDialog(STEPS, [async (step) => this.showBenefits(step)]));
    this.initialDialogId = STEPS;
  }

  private async showBenefits(step: WaterfallStepContext) {
    const context = actionContextOf(step.context);
    const { locale } = context.caller;
    const name = personNamedIn(step.context.activity, TECHNICAL_DIALOG);
    if (name) {
      await step.context.sendActivity(await answerNamedPerson(this.services.people, namedAssignee(this.services), context, name));
      return step.endDialog();
    }
    const card = await technicalOverviewCard(this.services.technical, context);
    await step.context.sendActivity(
      card.kind === 'done' ? { attachments: [card.value] } : unsuccessfulText(card, translatorFor(locale), locale),
    );
    return step.endDialog();
  }
}
