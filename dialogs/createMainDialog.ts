import type { BotState } from 'botbuilder';
import type { AppServices } from '../bot/services/appServices';
import type { Logger } from '../bot/logger';
import { actionPackCardActions } from './actionPack/actionPackCardActions';
import { actionPackDialog } from './actionPack/actionPackDialog';
import { benefitCardActions } from './benefits/benefitCardActions';
import { benefitsDialog } from './benefits/benefitsDialog';
import type { CardActions } from './cardAction';
import { cancellationCardActions } from './cancellation/cancellationCardActions';
import { CancellationDialog } from './cancellation/cancellationDialog';
import { helpDialog } from './help/helpDialog';
import { languageCardActions } from './language/languageCardActions';
import { languageDialog } from './language/languageDialog';
import { MainDialog } from './mainDialog';
import { notificationCardActions } from './notifications/notificationCardActions';
import { notificationsDialog } from './notifications/notificationsDialog';
import { marketingContactCardActions } from './marketingContact/marketingContactCardActions';
import { MarketingContactDialog } from './marketingContact/marketingContactDialog';
import { AskingCardMemory } from './present/askingCardMemory';
import { offerCardActions } from './offers/offerCardActions';
import { offersDialog } from './offers/offersDialog';
import { myBenefitsDialog } from './myBenefits/myBenefitsDialog';
import type { PersonalChats } from './privacy/privateAnswer';
import { requestCardActions } from './requests/requestCardActions';
import { requestsDialog } from './requests/requestsDialog';
import { assignmentCardActions } from './visualStudio/assignmentCardActions';
import { VisualStudioDialog } from './visualStudio/visualStudioDialog';
import { cloudCardActions } from './cloud/cloudCardActions';
import { CloudDialog } from './cloud/cloudDialog';
import { softwareCardActions } from './software/softwareCardActions';
import { SoftwareDialog } from './software/softwareDialog';
import { technicalCardActions } from './technical/technicalCardActions';
import { TechnicalDialog } from './technical/technicalDialog';

/** Every conversation and every card action the bot has, wired to the use cases. */
export function createMainDialog(
  services: AppServices,
  personalChats: PersonalChats,
  conversationState: BotState,
  logger?: Logger,
): MainDialog {
  const askingCards = new AskingCardMemory(conversationState);
  return new MainDialog({
    dialogs: [helpDialog(services), new VisualStudioDialog(services), benefitsDialog(services), myBenefitsDialog(services, personalChats),
      new CancellationDialog(services), requestsDialog(services), actionPackDialog(services),
      new SoftwareDialog(services), new CloudDialog(services),
      offersDialog(services), new MarketingContactDialog(services, askingCards),
      new TechnicalDialog(services), notificationsDialog(services), languageDialog()],
    cardActions: cardActionsOf(services, askingCards, logger),
    logger,
  });
}

/** Every card action the bot answers, by the verb a card sends. */
export function cardActionsOf(services: AppServices, askingCards: AskingCardMemory, logger?: Logger): CardActions {
  return { ...assignmentCardActions(services), ...benefitCardActions(services),
    ...cancellationCardActions(services), ...requestCardActions(services), ...actionPackCardActions(services),
    ...softwareCardActions(services), ...cloudCardActions(services),
    ...offerCardActions(services), ...marketingContactCardActions(services, askingCards, logger),
    ...technicalCardActions(services), ...notificationCardActions(services), ...languageCardActions(services) };
}
