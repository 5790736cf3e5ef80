import { actionDoneCard } from '../../cards/actionDone/actionDone';
import type { Logger } from '../../bot/logger';
import type { AppServices } from '../../bot/services/appServices';
import type { CardActions } from '../cardAction';
import { isRecord } from '../cardAction';
import { activationSentence } from '../offers/offerResults';
import { offersOverviewCard } from '../offers/offersOverviewCard';
import { redrawAskingCard } from '../present/askingCard';
import type { AskingCardMemory } from '../present/askingCardMemory';
import { answerOutcome } from '../present/cardAnswer';
import { actionContextOf } from '../turn';
import { contactFormCard, CORRECTABLE, textFields } from './contactFormCard';
import { contactFacts } from '../../cards/marketingContact/marketingContactCardData';
import { MARKETING_CONTACT_BY_NAME_VERBS, MARKETING_CONTACT_VERBS } from '../../cards/marketingContact/marketingContact.verbs';
import { pickNamedPerson } from '../peoplePicker/namedPersonForm';
import { namedContact } from './namedContact';

/**
 * The summary card's Save button. When the contact was registered on the way to activating an offer, the activation
 * continues right after saving: the admin already asked for it. The card the conversation started from (the offers,
 * or the refusal that asked for a contact), as the server remembered it, is then drawn again as it is now. A refusal
 * the admin can put right brings the form back with the values and the reason. And a person's button on the card of
 * people "marketing contact <name>" found, which brings the form with them chosen.
 */
export function marketingContactCardActions(
  services: Pick<AppServices, 'marketingContacts' | 'offers' | 'people'>,
  askingCards: AskingCardMemory,
  logger?: Pick<Logger, 'warn'>,
): CardActions {
  return {
    [MARKETING_CONTACT_BY_NAME_VERBS.pick]: pickNamedPerson(services, namedContact(services)),
    [MARKETING_CONTACT_VERBS.save]: async (context, payload) => {
      const actionContext = actionContextOf(context);
      return answerOutcome(context, await services.marketingContacts.save(actionContext, payload.contact), {
        done: async ({ contact, person }, t, locale) => {
          const lines = [t('marketingContact.saved.text', { person: person.displayName })];
          if (payload.offerId !== undefined) {
            lines.push(activationSentence(await services.offers.activate(actionContext, { offerId: payload.offerId }), t, locale));
          }
          await redrawAskingCard(context, await askingCards.take(context), { offers: () => offersOverviewCard(services.offers, actionContext) }, logger);
          const facts = contactFacts(contact, person, t, locale);
          return actionDoneCard({ title: t('marketingContact.saved.title'), text: lines.join('\n\n'), facts });
        },
        refused: (refusal, outcome) => {
          if (outcome.kind !== 'refused' || !CORRECTABLE.has(outcome.code) || !isRecord(payload.contact)) return undefined;
          const offerId = typeof payload.offerId === 'string' ? payload.offerId : undefined;
          return contactFormCard(services.marketingContacts, actionContext, {
            entered: textFields(payload.contact), problem: refusal, offerId,
          });
        },
      });
    },
  };
}
