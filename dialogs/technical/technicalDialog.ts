import { ComponentDialog } from 'botbuilder-dialogs';
import type { AppServices } from '../../bot/services/appServices';
import { singleCardDialog } from '../present/singleCardDialog';
import { technicalOverviewCard } from './technicalOverviewCard';

export const TECHNICAL_DIALOG = 'technical';
const STEPS = 'technical.steps';

/** The company's technical benefits on one card; its buttons go to the technical card actions. */
export class TechnicalDialog extends ComponentDialog {
  constructor(services: Pick<AppServices, 'technical'>) {
    super(TECHNICAL_DIALOG);
    this.addDialog(singleCardDialog(STEPS, (context) => technicalOverviewCard(services.technical, context)));
    this.initialDialogId = STEPS;
  }
}
