import type { TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { benefitsSummaryCard } from '../../cards/benefits/benefitsSummary';
import { translatorFor } from '../../bot/i18n';
import type { KnownCaller } from '../../bot/services/actionContext';
import type { AppServices } from '../../bot/services/appServices';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { benefitsSummaryCardData } from '../../cards/benefits/benefitsSummaryCardData';
import { BENEFITS_DIALOG } from '../../cards/benefits/categoryCommands';

/** The company's benefits by category; each category opens its details or its own conversation. */
export function benefitsDialog(services: Pick<AppServices, 'inventory'>): WaterfallDialog {
  return new WaterfallDialog(BENEFITS_DIALOG, [
    async (step) => {
      await sendSummary(step.context, services);
      return step.endDialog();
    },
  ]);
}

async function sendSummary(context: TurnContext, services: Pick<AppServices, 'inventory'>): Promise<void> {
  const actionContext = actionContextOf(context);
  const { locale } = actionContext.caller;
  const t = translatorFor(locale);
  const outcome = await services.inventory.all(actionContext);
  if (outcome.kind !== 'done') {
    await context.sendActivity(unsuccessfulText(outcome, t, locale));
    return;
  }
  const caller = actionContext.caller as KnownCaller;
  const view = { companyName: caller.tenant.companyName, benefits: outcome.value, user: caller.user };
  await context.sendActivity({ attachments: [benefitsSummaryCard(benefitsSummaryCardData(view, t, locale))] });
}
