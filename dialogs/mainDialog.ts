import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { helpCard } from '../cards/help';
import { translatorFor } from '../bot/i18n';
import type { DirectoryService } from '../bot/services/directoryService';
import { messageText, recognizeCommand } from './commands';
import { helpCardData } from './helpCardData';
import { callerOf } from './turn';

const ROUTE = 'route';

export interface MainDialogServices {
  directory: DirectoryService;
}

/** Reads what the user asked for and hands the turn to the conversation that owns it. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly services: MainDialogServices) {
    super('main');
    this.addDialog(new WaterfallDialog(ROUTE, [async (step) => this.route(step)]));
    this.initialDialogId = ROUTE;
  }

  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dialogContext.beginDialog(this.id);
    }
  }

  private async route(step: WaterfallStepContext) {
    const command = recognizeCommand(step.context.activity);
    if (command === 'help') {
      await sendHelp(step.context, this.services);
    } else {
      await sendFallback(step.context);
    }
    return step.endDialog();
  }
}

export async function sendHelp(context: TurnContext, services: MainDialogServices): Promise<void> {
  const caller = callerOf(context);
  const t = translatorFor(caller.locale);
  const globalAdmins =
    caller.tenantId && caller.tenant ? await services.directory.holdersOfRoles(caller.tenantId, ['globalAdmin']) : [];
  await context.sendActivity({ attachments: [helpCard(helpCardData(caller, globalAdmins, t))] });
}

async function sendFallback(context: TurnContext): Promise<void> {
  const t = translatorFor(callerOf(context).locale);
  const text = messageText(context.activity);
  // Quote at most a short excerpt: echoing a 10,000-character message back helps nobody.
  const excerpt = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  await context.sendActivity(excerpt ? t('fallback.unknownCommand', { text: excerpt }) : t('fallback.emptyMessage'));
}
