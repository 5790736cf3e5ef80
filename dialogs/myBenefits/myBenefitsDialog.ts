import type { TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { myAssignmentsCard } from '../../cards/myAssignments';
import { translatorFor } from '../../bot/i18n';
import type { KnownCaller } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { myAssignmentsCardData } from './myAssignmentsCardData';

export const MY_BENEFITS_DIALOG = 'myBenefits';

type Services = Pick<AppServices, 'myAssignments' | 'directory'>;

/** "What's assigned to me", for every user of the company. */
export function myBenefitsDialog(services: Services): WaterfallDialog {
  return new WaterfallDialog(MY_BENEFITS_DIALOG, [
    async (step) => {
      await sendMyAssignments(step.context, services);
      return step.endDialog();
    },
  ]);
}

async function sendMyAssignments(context: TurnContext, services: Services): Promise<void> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  const outcome = await services.myAssignments.mine(actionContext);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, locale));
    return;
  }
  const caller = actionContext.caller as KnownCaller;
  const globalAdmins =
    outcome.value.assignments.length === 0
      ? (await services.directory.holdersOfRoles(caller.tenantId, ['globalAdmin'])).map((admin) => admin.displayName)
      : [];
  const view = { user: caller.user, companyName: caller.tenant.companyName, mine: outcome.value, globalAdmins };
  await context.sendActivity({ attachments: [myAssignmentsCard(myAssignmentsCardData(view, t, locale))] });
}
