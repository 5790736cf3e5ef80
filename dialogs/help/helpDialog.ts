import type { TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { helpCard } from '../../cards/help/help';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import { callerOf } from '../turn';
import { helpCardData } from '../../cards/help/helpCardData';

export const HELP_DIALOG = 'help';

export function helpDialog(services: Pick<AppServices, 'directory'>): WaterfallDialog {
  return new WaterfallDialog(HELP_DIALOG, [
    async (step) => {
      await sendHelp(step.context, services);
      return step.endDialog();
    },
  ]);
}

/** The role-aware help card: what this person may ask, and who holds the roles they lack. */
export async function sendHelp(context: TurnContext, services: Pick<AppServices, 'directory'>): Promise<void> {
  const caller = callerOf(context);
  const t = translatorFor(caller.locale);
  const globalAdmins =
    caller.tenantId && caller.tenant ? await services.directory.holdersOfRoles(caller.tenantId, ['globalAdmin']) : [];
  await context.sendActivity({ attachments: [helpCard(helpCardData(caller, globalAdmins, t))] });
}
