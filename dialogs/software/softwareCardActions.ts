import { softwareKeysCard } from '../../cards/software/softwareKeys';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { answerWithKeys } from './deliverKeysCard';
import { softwareKeysCardData } from '../../cards/software/softwareCardData';
import { SOFTWARE_VERBS } from '../../cards/software/software.verbs';
import { currentProduct, productCardFor } from './softwareProductCard';

/** The Get keys button of a software product card. */
export function softwareCardActions(services: Pick<AppServices, 'software'>): CardActions {
  return {
    [SOFTWARE_VERBS.getKeys]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.software.getKeys(actionContext, payload);
      if (outcome.kind === 'done') return answerWithKeys(context, softwareKeysCard(softwareKeysCardData(outcome.value, t, locale)));
      // The product's card comes back with the language and OS chosen, and why no keys came.
      const refusal = unsuccessfulText(outcome, t, locale);
      const view = await currentProduct(services, actionContext, payload);
      if (!view) return { refusal };
      const card = await productCardFor(services, actionContext, view, { chosen: payload, error: refusal });
      return { card, refusal };
    },
  };
}
