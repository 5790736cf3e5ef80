import type { BenefitDoc, TenantDoc, UserDoc } from '../../../../bot/domain/documents';
import type { Locale, Translate } from '../../../../bot/i18n';
import { technicalOverviewOf, type TechnicalBenefitDoc } from '../../../../bot/services/technicalBenefits';
import { technicalCardData, type SentForm } from '../../../../cards/technical/technicalCardData';
import {
  activationRequestedResult,
  assignedResult,
  helpRequestedResult,
  idsRecordedResult,
} from '../../../../dialogs/technical/technicalResults';
import type { ActionDoneCardData } from '../../../../cards/actionDone/actionDone';
import type { TechnicalCardData } from '../../../../cards/technical/technical';
import { demoCompany } from './demoCompany';

const NOW = '2026-11-21T10:00:00Z';

function technicalOf(benefits: readonly BenefitDoc[]): TechnicalBenefitDoc[] {
  return benefits.filter((benefit): benefit is TechnicalBenefitDoc => benefit.category === 'technical');
}

/** A Gold partner in a competency that is not a cloud one, with advisory hours and presales services active. */
function goldCompany(tenant: TenantDoc, benefits: readonly BenefitDoc[]): { tenant: TenantDoc; benefits: BenefitDoc[] } {
  const base = technicalOf(benefits)[0];
  const technical = (benefitId: string, name: string, kind: TechnicalBenefitDoc['kind']): TechnicalBenefitDoc => ({
    ...base,
    id: `benefit:${benefitId}`,
    benefitId,
    name,
    kind,
    status: 'active',
    quantity: 1,
    assignments: [],
    activationDate: '2026-03-02',
  });
  return {
    tenant: {
      ...tenant,
      membership: { networkMember: true, competencies: [{ name: 'Data Analytics', level: 'gold', cloud: false }] },
    },
    benefits: [
      technical('technical-advisory-hours', 'Partner advisory hours', 'advisoryHours'),
      technical('technical-presales', 'Technical presales and deployment services', 'presalesDeployment'),
    ],
  };
}

/** The demo company's technical benefits as each role sees them, other membership levels, and a person named in the command. */
export function technicalSamples(t: Translate, locale: Locale): Record<string, TechnicalCardData> {
  const company = demoCompany();
  const { tenant, users, benefits } = company;
  const view = (
    user = company.withRole('globalAdmin'),
    ofTenant = tenant,
    ofBenefits: readonly BenefitDoc[] = benefits,
    sent?: SentForm,
    chosen?: UserDoc,
  ) => technicalCardData(technicalOverviewOf({ tenant: ofTenant, user }, ofBenefits, users), t, locale, sent, chosen);
  const employee = company.find('employee without roles', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const actionPackOnly: TenantDoc = {
    ...tenant,
    membership: { networkMember: true, actionPack: tenant.membership.actionPack, competencies: [] },
  };
  const gold = goldCompany(tenant, benefits);
  return {
    'global-admin': view(),
    'partner-admin': view(company.withRole('mpnPartnerAdmin')),
    employee: view(employee),
    'action-pack-only-without-benefits': view(company.withRole('globalAdmin'), actionPackOnly, []),
    'gold-with-request-forms': view(employee, gold.tenant, gold.benefits),
    'refused-alternate-email': view(company.withRole('globalAdmin'), tenant, benefits, refusedEmail(benefits, t)),
    'person-named': view(company.withRole('globalAdmin'), tenant, benefits, undefined, employee),
  };
}

/** An assignment sent with the company's own account email, back with the address kept and the reason under it. */
function refusedEmail(benefits: readonly BenefitDoc[], t: Translate): SentForm {
  const available = technicalOf(benefits).find((benefit) => benefit.status === 'available')!;
  const email = 'partnercenter@contoso-partners.example';
  return {
    benefitId: available.benefitId,
    values: { benefitId: available.benefitId, alternateEmail: email },
    problem: t('refusals.alternateEmailSameAsAccount', { email }),
    field: 'alternateEmail',
  };
}

/** The result cards that replace the technical card once an action is done. */
export function technicalResultSamples(t: Translate, locale: Locale): Record<string, ActionDoneCardData> {
  const company = demoCompany();
  const technical = technicalOf(company.benefits);
  const available = technical.find((benefit) => benefit.status === 'available')!;
  const active = technical.find((benefit) => benefit.status === 'active')!;
  const adele = company.find('employee without roles', (user) => user.roles.length === 0 && user.accountType === 'mpn');
  const pending: TechnicalBenefitDoc = { ...available, status: 'activationPending', activationDate: NOW.slice(0, 10) };
  const assignment = {
    benefitId: available.benefitId,
    assignee: adele.aadObjectId,
    assignedAt: NOW,
    assignedBy: company.withRole('globalAdmin').aadObjectId,
    alternateEmail: 'adele.support@contoso-partners.example',
  };
  const request = {
    id: 'request:REQ-20261121-3F9A1C',
    tenantId: company.tenant.tenantId,
    type: 'request' as const,
    requestId: 'REQ-20261121-3F9A1C',
    kind: 'presalesAdvisory' as const,
    status: 'open' as const,
    category: 'advisoryHours',
    benefitId: 'technical-advisory-hours',
    reason: 'Azure landing zone review\n\nWe would like an architect to review our landing zone design.',
    createdAt: NOW,
    createdBy: adele.aadObjectId,
    _etag: 'sample',
  };
  return {
    'technical-activation-requested': activationRequestedResult({ benefit: pending }, t, locale),
    'technical-ids-recorded': idsRecordedResult({ benefit: active }, t),
    'technical-assigned': assignedResult({ benefit: available, assignment, assignee: adele }, t, locale),
    'technical-help-requested': helpRequestedResult({ request, benefitName: 'Partner advisory hours' }, t, locale),
  };
}
