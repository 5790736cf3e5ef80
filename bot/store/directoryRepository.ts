import { TENANT_DOC_ID, TenantDoc, UserDoc, userDocId } from '../domain/documents';
import { byName } from '../domain/user';
import type { PartnerCenterRole } from '../domain/roles';
import type { TenantDocuments } from './tenantDocuments';

/** The company profile and its Partner Center roster. */
export class DirectoryRepository {
  constructor(private readonly documents: TenantDocuments) {}

  async getTenant(tenantId: string): Promise<TenantDoc | undefined> {
    const document = await this.documents.read(tenantId, TENANT_DOC_ID);
    return document ? TenantDoc.parse(document) : undefined;
  }

  async getUser(tenantId: string, aadObjectId: string): Promise<UserDoc | undefined> {
    const document = await this.documents.read(tenantId, userDocId(aadObjectId));
    return document ? UserDoc.parse(document) : undefined;
  }

  /** The company's people, by name. */
  async listUsers(tenantId: string): Promise<UserDoc[]> {
    const documents = await this.documents.listByType(tenantId, 'user');
    return byName(documents.map((document) => UserDoc.parse(document)));
  }

  async listUsersWithAnyRole(tenantId: string, roles: readonly PartnerCenterRole[]): Promise<UserDoc[]> {
    if (roles.length === 0) return [];
    const conditions = roles.map((_role, index) => `ARRAY_CONTAINS(c.roles, @role${index})`).join(' OR ');
    const documents = await this.documents.query(tenantId, {
      where: `c.type = 'user' AND (${conditions})`,
      parameters: roles.map((role, index) => ({ name: `@role${index}`, value: role })),
    });
    return byName(documents.map((document) => UserDoc.parse(document)));
  }
}
