import type { Activity, TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { myAssignmentsCard } from '../../cards/myAssignments/myAssignments';
import { translatorFor } from '../../bot/i18n';
import type { KnownCaller } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { answerPrivately, type PersonalChats } from '../privacy/privateAnswer';
import { actionContextOf } from '../turn';
import { myAssignmentsCardData } from '../../cards/myAssignments/myAssignmentsCardData';

export const MY_BENEFITS_DIALOG = 'myBenefits';

type Services = Pick<AppServices, 'myAssignments' | 'directory'>;

/** "What's assigned to me", for every user of the company; asked in a group, answered in the personal chat. */
export function myBenefitsDialog(services: Services, personalChats: PersonalChats): WaterfallDialog {
  return new WaterfallDialog(MY_BENEFITS_DIALOG, [
    async (step) => {
      await answerPrivately(step.context, await myAssignmentsAnswer(step.context, services), personalChats);
      return step.endDialog();
    },
  ]);
}

async function myAssignmentsAnswer(context: TurnContext, services: Services): Promise<Partial<Activity>> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  const outcome = await services.myAssignments.mine(actionContext);
  if (outcome.kind !== 'done') return { type: 'message', text: unsuccessfulText(outcome, t, locale) };
  const caller = actionContext.caller as KnownCaller;
  const globalAdmins =
    outcome.value.assignments.length === 0
      ? (await services.directory.holdersOfRoles(caller.tenantId, ['globalAdmin'])).map((admin) => admin.displayName)
      : [];
  const view = { user: caller.user, companyName: caller.tenant.companyName, mine: outcome.value, globalAdmins };
  return { type: 'message', attachments: [myAssignmentsCard(myAssignmentsCardData(view, t, locale))] };
}
