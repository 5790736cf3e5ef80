import { BenefitCategory } from '../../bot/domain/benefit';
import type { RosterUser } from '../../bot/domain/user';
import type { Locale, Translate } from '../../bot/i18n';
import type { MyAssignmentsView, OwnAssignment } from '../../bot/services/myAssignments';
import type { MyAssignmentsCardData, MyAssignmentsItem } from './myAssignments';
import { categoryName, statusName, supportIdFacts } from '../shared/benefitFacts';
import { formatDate, formatList } from '../shared/formatting';
import { escapeMarkdown } from '../../bot/i18n/markdown';

export interface MyAssignmentsCardView {
  user: RosterUser;
  companyName: string;
  mine: MyAssignmentsView;
  /** Who to ask when nothing is assigned yet; a Global admin is not sent to themselves. */
  globalAdmins: readonly string[];
}

/** What one person holds, category by category, and the support IDs every user of the company may see. */
export function myAssignmentsCardData(view: MyAssignmentsCardView, t: Translate, locale: Locale): MyAssignmentsCardData {
  const { assignments, companySupport } = view.mine;
  const name = view.user.displayName;
  const order = (own: OwnAssignment) => BenefitCategory.options.indexOf(own.benefit.category);
  const sorted = [...assignments].sort((a, b) => order(a) - order(b) || a.benefit.name.localeCompare(b.benefit.name));
  return {
    title: t('myBenefits.title'),
    intro:
      assignments.length > 0
        ? t('myBenefits.intro', { name, company: view.companyName })
        : view.user.roles.includes('globalAdmin')
          ? t('myBenefits.nothingYetGlobalAdmin', { name })
          : t('myBenefits.nothingYet', { name, admins: formatList(view.globalAdmins, t) }),
    items: sorted.map((own) => assignedItem(own, t, locale)),
    companySupportHeading: t('myBenefits.companySupportHeading'),
    companySupportNote: t('myBenefits.companySupportNote'),
    companySupport: companySupport.map(({ benefit, supportIds }) => ({
      name: escapeMarkdown(benefit.name),
      kind: categoryName(benefit.category, t),
      facts: supportIdFacts(supportIds, t),
    })),
  };
}

function assignedItem(own: OwnAssignment, t: Translate, locale: Locale): MyAssignmentsItem {
  const { benefit, assignment, supportIds } = own;
  return {
    name: escapeMarkdown(benefit.name),
    kind: categoryName(benefit.category, t),
    facts: [
      { label: t('benefits.facts.status'), value: statusName(benefit.status, t) },
      { label: t('myBenefits.assignedOn'), value: formatDate(assignment.assignedAt, locale) },
      ...(benefit.expiryDate ? [{ label: t('benefits.facts.expires'), value: formatDate(benefit.expiryDate, locale) }] : []),
      ...(supportIds ? supportIdFacts(supportIds, t) : []),
      ...(assignment.alternateEmail ? [{ label: t('myBenefits.alternateEmail'), value: escapeMarkdown(assignment.alternateEmail) }] : []),
    ],
  };
}
