import type { CloudBenefit } from '../../../../bot/domain/benefit';
import { withoutKeys } from '../../../../bot/domain/keyVisibility';
import { requiredRolesFor } from '../../../../bot/domain/permissions';
import type { Locale, Translate } from '../../../../bot/i18n';
import { revealedCloudKeys, type CloudBenefitDoc, type CloudBenefitView } from '../../../../bot/services/cloudActivation';
import { refused } from '../../../../bot/services/outcome';
import { cloudBenefitCardData, cloudKeysCardData } from '../../../../cards/cloud/cloudCardData';
import { refusalNote } from '../../../../dialogs/software/refusalNote';
import type { CloudBenefitCardData } from '../../../../cards/cloud/cloudBenefit';
import type { CloudKeysCardData } from '../../../../cards/cloud/cloudKeys';
import { demoCompany } from './demoCompany';

function demoCloud(billing: CloudBenefit['billing']) {
  const company = demoCompany();
  const benefit = company.benefits.find(
    (candidate): candidate is CloudBenefitDoc => candidate.category === 'cloud' && candidate.billing === billing,
  );
  if (!benefit) throw new Error(`examples/demo-tenant.json has no ${billing} cloud benefit for the card samples`);
  return { company, benefit };
}

/** Both kinds of cloud service, as an admin sees them and as an employee does; the Azure one also once activated. */
export function cloudBenefitSamples(t: Translate, locale: Locale): Record<string, CloudBenefitCardData> {
  const { company, benefit: azure } = demoCloud('usageBased');
  const { benefit: licensed } = demoCloud('licenseBased');
  const admin = company.withRole('globalAdmin');
  const employee = company.find('employee without roles', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const holdersOf = (action: 'activateBenefit' | 'getKeys') => {
    const roles = requiredRolesFor(action);
    const holders = company.users.filter((user) => user.roles.some((role) => roles.includes(role))).map((user) => user.displayName);
    return refusalNote(refused('roleRequired', { requiredRoles: roles, holders }), t, locale)!;
  };
  const since = '2026-11-21';
  const activated: CloudBenefitView = {
    benefit: {
      ...azure,
      assignments: [{ benefitId: azure.benefitId, assignee: admin.aadObjectId, assignedAt: `${since}T10:00:00Z`, assignedBy: admin.aadObjectId }],
    },
    activatedFor: [{ aadObjectId: admin.aadObjectId, name: admin.displayName, since }],
  };
  const view = (benefit: CloudBenefitDoc): CloudBenefitView => ({ benefit: withoutKeys(benefit), activatedFor: [] });
  return {
    'usage-based-admin': cloudBenefitCardData({ view: view(azure), caller: admin }, t, locale),
    'usage-based-activated': cloudBenefitCardData({ view: activated, caller: admin }, t, locale),
    'usage-based-employee': cloudBenefitCardData({ view: view(azure), caller: employee, activationRefusal: holdersOf('activateBenefit') }, t, locale),
    'license-based-admin': cloudBenefitCardData({ view: view(licensed), caller: admin }, t, locale),
    'license-based-employee': cloudBenefitCardData({ view: view(licensed), caller: employee, keyRefusal: holdersOf('getKeys') }, t, locale),
  };
}

export function cloudKeysSamples(t: Translate): Record<string, CloudKeysCardData> {
  return { 'license-based': cloudKeysCardData(revealedCloudKeys(demoCloud('licenseBased').benefit), t) };
}
