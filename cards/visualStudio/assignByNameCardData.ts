import type { AssignByNameData } from '../namedPeople/assignByName';
import type { BenefitDoc, UserDoc } from '../../bot/domain/documents';
import type { Translate } from '../../bot/i18n';
import { namedPeopleCardData, type PickRefused } from '../namedPeople/namedPeopleCardData';

/**
 * The people found for a typed name, to confirm (one) or to choose from (namesakes, or a name typed in part), each
 * with a button that assigns them the subscription.
 */
export function assignByNameCardData(
  benefit: BenefitDoc,
  found: readonly UserDoc[],
  name: string,
  t: Translate,
  refused?: PickRefused,
): AssignByNameData {
  const wording = {
    title: t('visualStudio.byName.title', { benefit: benefit.name }),
    text: found.length === 1 ? t('visualStudio.byName.confirm', { person: found[0].displayName }) : t('visualStudio.byName.choose', { name }),
    button: (person: UserDoc) => t('visualStudio.byName.button', { person: person.displayName }),
    more: t('visualStudio.byName.more', { name }),
  };
  return namedPeopleCardData(found, wording, (person) => ({ benefitId: benefit.benefitId, assignee: person.aadObjectId, name }), refused);
}
