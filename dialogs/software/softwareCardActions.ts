import { softwareKeysCard } from '../../cards/software/softwareKeys';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { actionContextOf } from '../turn';
import { answerGetKeys } from './deliverKeysCard';
import { softwareKeysCardData } from '../../cards/software/softwareCardData';
import { SOFTWARE_VERBS } from '../../cards/software/software.verbs';
import { currentProduct, productCardFor } from './softwareProductCard';

/** The Get keys button of a software product card. */
export function softwareCardActions(services: Pick<AppServices, 'software'>): CardActions {
  return {
    [SOFTWARE_VERBS.getKeys]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const outcome = await services.software.getKeys(actionContext, payload);
      return answerGetKeys(
        context,
        outcome,
        (keys, t, locale) => softwareKeysCard(softwareKeysCardData(keys, t, locale)),
        // The product's card comes back with the language and OS chosen, and why no keys came.
        async (refusal) => {
          const view = await currentProduct(services, actionContext, payload);
          return view && productCardFor(services, actionContext, view, { chosen: payload, error: refusal });
        },
      );
    },
  };
}
