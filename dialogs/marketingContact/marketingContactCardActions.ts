import { actionDoneCard } from '../../cards/actionDone';
import { translatorFor } from '../../bot/i18n';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { isRecord } from '../cardAction';
import { activationSentence } from '../offers/offerResults';
import { unsuccessfulText } from '../present/outcomeText';
import { actionContextOf } from '../turn';
import { contactFormCard, CORRECTABLE, textFields } from './contactFormCard';
import { contactFacts } from './marketingContactCardData';
import { MARKETING_CONTACT_BY_NAME_VERBS, MARKETING_CONTACT_VERBS } from '../../cards/marketingContact.verbs';
import { pickNamedPerson } from '../peoplePicker/namedPersonForm';
import { namedContact } from './namedContact';

/**
 * The summary card's Save button. When the contact was registered on the way to activating an offer, the activation
 * continues right after saving: the admin already asked for it. A refusal the admin can put right brings the form
 * back with the values and the reason. And a person's button on the card of people "marketing contact <name>" found,
 * which brings the form with them chosen.
 */
export function marketingContactCardActions(services: Pick<AppServices, 'marketingContacts' | 'offers' | 'people'>): CardActions {
  return {
    [MARKETING_CONTACT_BY_NAME_VERBS.pick]: pickNamedPerson(services, namedContact(services)),
    [MARKETING_CONTACT_VERBS.save]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      const { locale } = actionContext.caller;
      const t = translatorFor(locale);
      const saved = await services.marketingContacts.save(actionContext, payload.contact);
      if (saved.kind !== 'done') {
        const refusal = unsuccessfulText(saved, t, locale);
        if (saved.kind !== 'refused' || !CORRECTABLE.has(saved.code) || !isRecord(payload.contact)) return { refusal };
        const offerId = typeof payload.offerId === 'string' ? payload.offerId : undefined;
        const form = await contactFormCard(services.marketingContacts, actionContext, {
          entered: textFields(payload.contact), problem: refusal, offerId,
        });
        return form.kind === 'done' ? { card: form.value, refusal } : { refusal };
      }
      const { contact, person } = saved.value;
      const lines = [t('marketingContact.saved.text', { person: person.displayName })];
      if (payload.offerId !== undefined) {
        lines.push(activationSentence(await services.offers.activate(actionContext, { offerId: payload.offerId }), t, locale));
      }
      const facts = contactFacts(contact, person, t, locale);
      return { card: actionDoneCard({ title: t('marketingContact.saved.title'), text: lines.join('\n\n'), facts }) };
    },
  };
}
