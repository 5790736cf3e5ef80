import { BenefitDoc, benefitDocId } from '../domain/documents';
import type { Stored, TenantDocuments } from './tenantDocuments';

export type StoredBenefit = Stored<BenefitDoc>;

/** A company's benefits; one query serves every list, since a company holds tens of them, not thousands. */
export class BenefitRepository {
  constructor(private readonly documents: TenantDocuments) {}

  async list(tenantId: string): Promise<StoredBenefit[]> {
    const documents = await this.documents.query(tenantId, { where: "c.type = 'benefit'" });
    return documents.map(parseStored).sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(tenantId: string, benefitId: string): Promise<StoredBenefit | undefined> {
    const document = await this.documents.read(tenantId, benefitDocId(benefitId));
    return document ? parseStored(document) : undefined;
  }

  /** Throws ConcurrencyError when the benefit changed since `etag` was read. */
  async replace(benefit: BenefitDoc, etag: string): Promise<StoredBenefit> {
    return parseStored(await this.documents.replace(benefit, etag));
  }
}

function parseStored(document: Stored<{ id: string; tenantId: string; type: string }>): StoredBenefit {
  return { ...BenefitDoc.parse(document), _etag: document._etag };
}
