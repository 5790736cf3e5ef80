import type { UserDoc } from '../../../../bot/domain/documents';
import type { Locale, Translate } from '../../../../bot/i18n';
import { assignmentsOfPerson } from '../../../../bot/services/myAssignments';
import { myAssignmentsCardData } from '../../../../cards/myAssignments/myAssignmentsCardData';
import type { MyAssignmentsCardData } from '../../../../cards/myAssignments/myAssignments';
import { demoCompany } from './demoCompany';

/** "What's assigned to me" for someone with a subscription, someone with support too, and someone with nothing yet. */
export function myAssignmentsSamples(t: Translate, locale: Locale): Record<string, MyAssignmentsCardData> {
  const company = demoCompany();
  const globalAdmins = company.users.filter((user) => user.roles.includes('globalAdmin')).map((user) => user.displayName);
  const holds = (user: UserDoc, category: string) =>
    company.benefits.some((benefit) => benefit.category === category && benefit.assignments.some((a) => a.assignee === user.aadObjectId));
  const cardFor = (user: UserDoc) =>
    myAssignmentsCardData(
      {
        user,
        companyName: company.tenant.companyName,
        mine: assignmentsOfPerson(company.benefits, user.aadObjectId),
        globalAdmins,
      },
      t,
      locale,
    );
  const subscriber = company.find('Visual Studio subscriber without support', (user) => holds(user, 'visualStudio') && !holds(user, 'technical'));
  const supported = company.find('person with technical support', (user) => holds(user, 'technical'));
  const holdsNothing = (user: UserDoc) => !company.benefits.some((benefit) => benefit.assignments.some((a) => a.assignee === user.aadObjectId));
  const unassigned = company.find('employee with nothing assigned', (user) => user.accountType === 'mpn' && user.roles.length === 0 && holdsNothing(user));
  const unassignedAdmin = company.find('Global admin with nothing assigned', (user) => user.roles.includes('globalAdmin') && holdsNothing(user));
  return {
    'visual-studio': cardFor(subscriber),
    'technical-support': cardFor(supported),
    'nothing-assigned': cardFor(unassigned),
    'nothing-assigned-to-global-admin': cardFor(unassignedAdmin),
  };
}
