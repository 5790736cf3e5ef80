import { benefitCategoryCard } from '../../cards/benefitCategory';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { benefitCategoryCardData } from './benefitCategoryCardData';
import { BENEFITS_VERBS } from '../../cards/benefits.verbs';

/**
 * The Details button of a category on the benefits card. The details come as a new message rather than replacing the
 * summary: looking changes nothing, and the summary's other categories stay one press away.
 */
export function benefitCardActions(services: Pick<AppServices, 'inventory'>): CardActions {
  return {
    [BENEFITS_VERBS.category]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { caller } = actionContext;
      const t = translatorFor(caller.locale);
      const outcome = await services.inventory.category(actionContext, payload);
      if (outcome.kind !== 'done') {
        await context.sendActivity(unsuccessfulText(outcome, t, caller.locale));
        return;
      }
      const view = { ...outcome.value, user: caller.user };
      await context.sendActivity({ attachments: [benefitCategoryCard(benefitCategoryCardData(view, t, caller.locale))] });
    },
  };
}
