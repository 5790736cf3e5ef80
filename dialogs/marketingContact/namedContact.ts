import type { AppServices } from '../../bot/services/appServices';
import { MARKETING_CONTACT_BY_NAME_VERBS } from '../../cards/marketingContact/marketingContact.verbs';
import type { NamedPersonForm } from '../peoplePicker/namedPersonForm';
import { contactFormCard } from './contactFormCard';

/** "marketing contact Zoe": the contact form with Zoe chosen, to add the email, phone and language. */
export function namedContact(services: Pick<AppServices, 'marketingContacts'>): NamedPersonForm {
  return {
    dataset: 'marketingContacts',
    keys: 'marketingContact.byName',
    verbs: MARKETING_CONTACT_BY_NAME_VERBS,
    form: (context, person) => contactFormCard(services.marketingContacts, context, { chosen: person }),
  };
}
