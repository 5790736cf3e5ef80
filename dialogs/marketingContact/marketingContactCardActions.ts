import { actionDoneCard } from '../../cards/actionDone';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { activationSentence } from '../offers/offerResults';
import { unsuccessfulText } from '../present/outcomeText';
import { replaceCardOrSend } from '../present/replyCard';
import { actionContextOf } from '../turn';
import { contactFacts } from './marketingContactCardData';

/**
 * The summary card's Save button. When the contact was registered on the way to activating an offer, the activation
 * continues right after saving: the admin already asked for it.
 */
export function marketingContactCardActions(services: Pick<AppServices, 'marketingContacts' | 'offers'>): CardActions {
  return {
    'marketingContact.save': async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const saved = await services.marketingContacts.save(actionContext, payload.contact);
      if (saved.kind !== 'done') {
        await context.sendActivity(unsuccessfulText(saved, t, locale));
        return;
      }
      const { contact, person } = saved.value;
      const lines = [t('marketingContact.saved.text', { person: person.displayName })];
      if (payload.offerId !== undefined) {
        lines.push(activationSentence(await services.offers.activate(actionContext, { offerId: payload.offerId }), t, locale));
      }
      const facts = contactFacts(contact, person, t, locale);
      await replaceCardOrSend(context, actionDoneCard({ title: t('marketingContact.saved.title'), text: lines.join('\n\n'), facts }));
    },
  };
}
