import { benefitCategoryCard } from '../../cards/benefits/benefitCategory';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
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
      const { caller } = actionContext;
      const t = translatorFor(caller.locale);
      const outcome = await services.inventory.category(actionContext, payload);
      if (outcome.kind !== 'done') return { refusal: unsuccessfulText(outcome, t, caller.locale) };
      const view = { ...outcome.value, user: caller.user };
      return { card: benefitCategoryCard(benefitCategoryCardData(view, t, caller.locale)) };
    },
  };
}
