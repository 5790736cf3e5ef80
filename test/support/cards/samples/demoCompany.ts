import demoTenant from '../../../../examples/demo-tenant.json';
import type { BenefitDoc, TenantDoc, UserDoc } from '../../../../bot/domain/documents';
import { ImportFile, toDocuments } from '../../../../bot/domain/importFile';
import type { PartnerCenterRole } from '../../../../bot/domain/roles';

/** The demo company of `examples/`, as the store holds it: what card samples show, so they look like `npm start`. */
interface DemoCompany {
  tenant: TenantDoc;
  users: UserDoc[];
  benefits: BenefitDoc[];
  /** The first person holding the role; throws when the demo company has nobody in it. */
  withRole(role: PartnerCenterRole): UserDoc;
  /** The first person matching, with a readable error when the demo company has nobody like that. */
  find(description: string, matches: (user: UserDoc) => boolean): UserDoc;
}

export function demoCompany(): DemoCompany {
  const documents = toDocuments(ImportFile.parse(demoTenant));
  const tenant = documents.find((document): document is TenantDoc => document.type === 'tenant')!;
  const users = documents.filter((document): document is UserDoc => document.type === 'user');
  const benefits = documents.filter((document): document is BenefitDoc => document.type === 'benefit');
  const find = (description: string, matches: (user: UserDoc) => boolean): UserDoc => {
    const user = users.find(matches);
    if (!user) throw new Error(`examples/demo-tenant.json has no ${description} for the card samples`);
    return user;
  };
  return { tenant, users, benefits, find, withRole: (role) => find(role, (user) => user.roles.includes(role)) };
}
