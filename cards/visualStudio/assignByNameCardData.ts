import type { AssignByNameData } from './assignByName';
import type { BenefitDoc, UserDoc } from '../../bot/domain/documents';
import type { Translate } from '../../bot/i18n';
import { VISUAL_STUDIO_VERBS } from './visualStudio.verbs';

/** How many people the card offers; more matches ask for more of the name. */
export const MOST_OFFERED_BY_NAME = 5;

/** The people found for a typed name, to confirm (one) or to choose from (namesakes, or a name typed in part). */
export function assignByNameCardData(benefit: BenefitDoc, found: readonly UserDoc[], name: string, t: Translate): AssignByNameData {
  const offered = found.slice(0, MOST_OFFERED_BY_NAME);
  return {
    title: t('visualStudio.byName.title', { benefit: benefit.name }),
    text: offered.length === 1 ? t('visualStudio.byName.confirm', { person: offered[0].displayName }) : t('visualStudio.byName.choose', { name }),
    people: offered.map((person) => ({
      name: person.displayName,
      email: person.email,
      button: t('visualStudio.byName.button', { person: person.displayName }),
      data: { action: VISUAL_STUDIO_VERBS.assign, benefitId: benefit.benefitId, assignee: person.aadObjectId },
    })),
    more: found.length > offered.length ? t('visualStudio.byName.more', { name }) : '',
  };
}
