import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { AppServices } from '../../bot/services/appServices';
import { personNamedIn } from '../commands';
import { answerNamedPerson } from '../peoplePicker/namedPersonForm';
import { sendCardOrReason } from '../present/singleCardDialog';
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
  constructor(services: Pick<AppServices, 'technical' | 'people'>) {
    super(TECHNICAL_DIALOG);
    this.addDialog(
      new WaterfallDialog(STEPS, [
        async (step) => {
          const context = actionContextOf(step.context);
          const name = personNamedIn(step.context.activity, TECHNICAL_DIALOG);
          if (name) await step.context.sendActivity(await answerNamedPerson(services.people, namedAssignee(services), context, name));
          else await sendCardOrReason(step.context, await technicalOverviewCard(services.technical, context));
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = STEPS;
  }
}
