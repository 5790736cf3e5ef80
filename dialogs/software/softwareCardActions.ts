import { softwareKeysCard } from '../../cards/softwareKeys';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { deliverKeysCard } from './deliverKeysCard';
import { softwareKeysCardData } from './softwareCardData';
import { SOFTWARE_VERBS } from '../../cards/software.verbs';

/** The Get keys button of a software product card. */
export function softwareCardActions(services: Pick<AppServices, 'software'>): CardActions {
  return {
    [SOFTWARE_VERBS.getKeys]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const outcome = await services.software.getKeys(actionContext, payload);
      if (outcome.kind !== 'done') {
        await context.sendActivity(unsuccessfulText(outcome, t, locale));
        return;
      }
      await deliverKeysCard(context, softwareKeysCard(softwareKeysCardData(outcome.value, t, locale)));
    },
  };
}
