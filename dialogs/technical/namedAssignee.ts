import type { AppServices } from '../../bot/services/appServices';
import { TECHNICAL_BY_NAME_VERBS } from '../../cards/technical/technical.verbs';
import type { NamedPersonForm } from '../peoplePicker/namedPersonForm';
import { technicalOverviewCard } from './technicalOverviewCard';

/** "assign technical support to Zoe": the technical card with Zoe chosen in its assign forms, to add the alternate email. */
export function namedAssignee(services: Pick<AppServices, 'technical'>): NamedPersonForm {
  return {
    dataset: 'assignees',
    keys: 'technical.byName',
    verbs: TECHNICAL_BY_NAME_VERBS,
    form: (context, person) => technicalOverviewCard(services.technical, context, undefined, person),
  };
}
