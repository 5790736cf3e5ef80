import type { Locale, Translate } from '../../../../bot/i18n';
import { assignByNameCardData } from '../../../../cards/visualStudio/assignByNameCardData';
import type { AssignByNameData } from '../../../../cards/visualStudio/assignByName';
import { demoCompany } from './demoCompany';

/** "assign visual studio to …" finding one person, and finding more than the card shows. */
export function assignByNameSamples(t: Translate, _locale: Locale): Record<string, AssignByNameData> {
  const company = demoCompany();
  const benefit = company.benefits.find((candidate) => candidate.category === 'visualStudio');
  if (!benefit) throw new Error('examples/demo-tenant.json has no Visual Studio subscription for the card samples');
  const adele = company.find('employee', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const many = company.users.flatMap((user) => [user, { ...user, aadObjectId: `${user.aadObjectId}-2` }]);
  return {
    'one-person': assignByNameCardData(benefit, [adele], 'adele', t),
    'several-people': assignByNameCardData(benefit, many, 'a', t),
  };
}
