import type { UserDoc } from '../../../../bot/domain/documents';
import type { Locale, Translate } from '../../../../bot/i18n';
import type { Caller } from '../../../../bot/services/caller';
import { helpCardData } from '../../../../cards/help/helpCardData';
import type { HelpCardData } from '../../../../cards/help/help';
import { demoCompany } from './demoCompany';

/** One help card for each kind of person the card speaks to differently. */
export function helpSamples(t: Translate, locale: Locale): Record<string, HelpCardData> {
  const company = demoCompany();
  const globalAdmins = company.users.filter((user) => user.roles.includes('globalAdmin'));
  const rosterCaller = (user: UserDoc): Caller => ({
    tenantId: company.tenant.tenantId,
    aadObjectId: user.aadObjectId,
    displayName: user.displayName,
    locale,
    tenant: company.tenant,
    user,
  });
  const employee = company.find('employee without roles', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const cspOnly = company.find('CSP-only account', (user) => user.accountType === 'cspOnly');
  const outsideRoster: Caller = {
    tenantId: company.tenant.tenantId,
    aadObjectId: 'not-in-roster',
    displayName: 'Nestor Wilke',
    locale,
    tenant: company.tenant,
  };
  return {
    'global-admin': helpCardData(rosterCaller(company.withRole('globalAdmin')), globalAdmins, t),
    'partner-admin': helpCardData(rosterCaller(company.withRole('mpnPartnerAdmin')), globalAdmins, t),
    employee: helpCardData(rosterCaller(employee), globalAdmins, t),
    'csp-only': helpCardData(rosterCaller(cspOnly), globalAdmins, t),
    'not-in-roster': helpCardData(outsideRoster, globalAdmins, t),
    'company-not-imported': helpCardData({ locale }, [], t),
  };
}
