import type { AppServices } from '../bot/services/appServices';
import type { Logger } from '../bot/logger';
import { helpDialog } from './help/helpDialog';
import { MainDialog } from './mainDialog';
import { assignmentCardActions } from './visualStudio/assignmentCardActions';
import { VisualStudioDialog } from './visualStudio/visualStudioDialog';

/** Every conversation and every card action the bot has, wired to the use cases. */
export function createMainDialog(services: AppServices, logger?: Logger): MainDialog {
  return new MainDialog({
    dialogs: [helpDialog(services), new VisualStudioDialog(services)],
    cardActions: { ...assignmentCardActions(services) },
    logger,
  });
}
