import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { demoFileJson } from './demo';
import type { TestApp } from './testApp';

export const OTHER_TENANT_ID = '00000000-0000-0000-0000-00000000c002';

/** A person of another company, who could hold benefits there: never one of the demo company's. */
export const OTHER_COMPANY_PERSON = { aadObjectId: '00000000-0000-0000-0000-00000000c020', name: 'Zoe Fabrikam' } as const;

/** Imports a second company, with benefits of its own and one person, beside the demo company. */
export async function importOtherCompany(test: Pick<TestApp, 'app'>): Promise<void> {
  await importOtherCompanyInto(new TenantDocuments(test.app.store.domain));
}

/** The same, into a store opened without the bot around it. */
export async function importOtherCompanyInto(documents: TenantDocuments): Promise<void> {
  const demo = demoFileJson() as { tenant: Record<string, unknown>; benefits: unknown[] };
  const person = {
    aadObjectId: OTHER_COMPANY_PERSON.aadObjectId,
    displayName: OTHER_COMPANY_PERSON.name,
    email: 'zoe@fabrikam.example',
    userPrincipalName: 'zoe@fabrikam.example',
    roles: ['globalAdmin'],
    accountType: 'mpn',
    locale: 'en',
  };
  const file = {
    ...demo,
    tenant: { ...demo.tenant, tenantId: OTHER_TENANT_ID, companyName: 'Fabrikam Partners', partnerCenterAccountEmail: 'pc@fabrikam.example' },
    users: [person],
    assignments: [],
  };
  await importTenant(documents, parseImportFile(file), 'test');
}
