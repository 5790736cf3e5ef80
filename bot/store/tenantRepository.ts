import { MARKETING_CONTACT_DOC_ID, MarketingContactDoc, TENANT_DOC_ID, TenantDoc } from '../domain/documents';
import type { Stored, TenantDocuments } from './tenantDocuments';

/** The company profile (membership, Action Pack) and its marketing contact, each one document. */
export class TenantRepository {
  constructor(private readonly documents: TenantDocuments) {}

  async getProfile(tenantId: string): Promise<Stored<TenantDoc> | undefined> {
    const document = await this.documents.read(tenantId, TENANT_DOC_ID);
    return document ? { ...TenantDoc.parse(document), _etag: document._etag } : undefined;
  }

  /** Throws ConcurrencyError when the profile changed since `etag` was read. */
  async replaceProfile(profile: TenantDoc, etag: string): Promise<Stored<TenantDoc>> {
    const written = await this.documents.replace(profile, etag);
    return { ...TenantDoc.parse(written), _etag: written._etag };
  }

  async getMarketingContact(tenantId: string): Promise<Stored<MarketingContactDoc> | undefined> {
    const document = await this.documents.read(tenantId, MARKETING_CONTACT_DOC_ID);
    return document ? { ...MarketingContactDoc.parse(document), _etag: document._etag } : undefined;
  }

  /** Creates the contact, or replaces the one read with `etag`; throws ConcurrencyError or AlreadyExistsError on a race. */
  async saveMarketingContact(contact: MarketingContactDoc, etag: string | undefined): Promise<Stored<MarketingContactDoc>> {
    const written = etag ? await this.documents.replace(contact, etag) : await this.documents.create(contact);
    return { ...MarketingContactDoc.parse(written), _etag: written._etag };
  }
}
