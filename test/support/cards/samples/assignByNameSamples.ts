import type { Locale, Translate } from '../../../../bot/i18n';
import { peopleFoundData } from '../../../../cards/namedPeople/namedPeopleCardData';
import { assignByNameCardData } from '../../../../cards/visualStudio/assignByNameCardData';
import type { AssignByNameData } from '../../../../cards/namedPeople/assignByName';
import { demoCompany } from './demoCompany';

/** "assign visual studio to …" finding one person, more than the card shows, and a press refused. */
export function assignByNameSamples(t: Translate, _locale: Locale): Record<string, AssignByNameData> {
  const company = demoCompany();
  const benefit = company.benefits.find((candidate) => candidate.category === 'visualStudio');
  if (!benefit) throw new Error('examples/demo-tenant.json has no Visual Studio subscription for the card samples');
  const adele = company.find('employee', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const many = company.users.flatMap((user) => [user, { ...user, aadObjectId: `${user.aadObjectId}-2` }]);
  const refused = { assignee: adele.aadObjectId, text: t('refusals.noneLeft', { benefit: benefit.name }) };
  return {
    'one-person': assignByNameCardData(benefit, [adele], 'adele', t),
    'several-people': assignByNameCardData(benefit, many, 'a', t),
    refused: assignByNameCardData(benefit, [adele], 'adele', t, refused),
  };
}

/** Namesakes of "assign technical support to …" and "marketing contact …", and a press refused among them. */
export function namedPersonSamples(keys: string, sample: string): (t: Translate, locale: Locale) => Record<string, AssignByNameData> {
  return (t) => {
    const company = demoCompany();
    const adele = company.find('employee', (user) => user.roles.length === 0 && user.accountType === 'mpn');
    const namesakes = [adele, { ...adele, aadObjectId: `${adele.aadObjectId}-2`, email: `2.${adele.email}` }];
    const refused = { assignee: namesakes[1].aadObjectId, text: t('refusals.assigneeNotInRoster') };
    return {
      [`${sample}-several-people`]: peopleFoundData(keys, namesakes, 'adele', t),
      [`${sample}-refused`]: peopleFoundData(keys, namesakes, 'adele', t, refused),
    };
  };
}
