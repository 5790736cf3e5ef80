import { benefitCategoryCard } from '../../cards/benefits/benefitCategory';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { answerOutcome } from '../present/cardAnswer';
import { actionContextOf } from '../turn';
import { benefitCategoryCardData } from '../../cards/benefits/benefitCategoryCardData';
import { BENEFITS_VERBS } from '../../cards/benefits/benefits.verbs';

/**
 * The Details button of a category on the benefits card: the category's card takes the summary's place for the
 * person who pressed it, and its All benefits button brings the summary back.
 */
export function benefitCardActions(services: Pick<AppServices, 'inventory'>): CardActions {
  return {
    [BENEFITS_VERBS.category]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(context, await services.inventory.category(actionContext, payload), {
        done: (category, t, locale) => benefitCategoryCard(benefitCategoryCardData({ ...category, user: actionContext.caller.user }, t, locale)),
      });
    },
  };
}
