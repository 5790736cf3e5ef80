import type { Locale, Translate } from '../../../../bot/i18n';
import { visualStudioCardData } from '../../../../cards/visualStudio/visualStudioCardData';
import type { VisualStudioCardData } from '../../../../cards/visualStudio/visualStudio';
import { demoCompany } from './demoCompany';

const NOW = new Date('2026-11-21T10:00:00Z');

/** The demo company's subscription as a Global admin and an employee see it, with every seat taken, after a refusal, and in a large company. */
export function visualStudioSamples(t: Translate, locale: Locale): Record<string, VisualStudioCardData> {
  const company = demoCompany();
  const benefit = company.benefits.find((candidate) => candidate.category === 'visualStudio');
  if (!benefit) throw new Error('examples/demo-tenant.json has no Visual Studio subscription for the card samples');
  const admins = company.users.filter((user) => user.roles.includes('globalAdmin')).map((user) => user.displayName);
  const free = company.users.find((user) => !benefit.assignments.some((a) => a.assignee === user.aadObjectId))!;
  const full = {
    ...benefit,
    assignments: [
      ...benefit.assignments,
      { benefitId: benefit.benefitId, assignee: free.aadObjectId, assignedAt: NOW.toISOString(), assignedBy: free.aadObjectId },
    ],
  };
  const view = { benefit, people: company.users, mayAssign: true, globalAdmins: admins, now: NOW };
  // Too many people to list on the card: the pickers ask for a name to be typed.
  const large = Array.from({ length: 150 }, (_, index) => ({ ...free, aadObjectId: `${free.aadObjectId}-${index}` }));
  return {
    'global-admin': visualStudioCardData(view, t, locale),
    'global-admin-large-company': visualStudioCardData({ ...view, people: [...company.users, ...large] }, t, locale),
    employee: visualStudioCardData({ ...view, mayAssign: false }, t, locale),
    'all-seats-taken': visualStudioCardData({ ...view, benefit: full }, t, locale),
    refused: visualStudioCardData({ ...view, error: t('refusals.noneLeft', { benefit: benefit.name }) }, t, locale),
  };
}
