import type { CachePolicy } from '../domain/cache';
import { BenefitDoc, benefitDocId } from '../domain/documents';
import { ReadThroughCache } from './readThroughCache';
import type { Stored, TenantDocuments } from './tenantDocuments';

export type StoredBenefit = Stored<BenefitDoc>;

/**
 * How old a list shown to people may be. Under load a company's list is asked for many times a second; a change made
 * through this process is seen at once, one made elsewhere (another instance, an import) within this window.
 */
const SHOWN_LISTS: CachePolicy = { name: 'benefits.shownLists', ttlMs: 2_000, maxEntries: 10_000 };

/** A company's benefits; one query serves every list, since a company holds tens of them, not thousands. */
export class BenefitRepository {
  private readonly shownLists: ReadThroughCache<string, StoredBenefit[]>;

  constructor(private readonly documents: TenantDocuments) {
    this.shownLists = new ReadThroughCache((tenantId: string) => this.list(tenantId), (tenantId) => tenantId, SHOWN_LISTS);
  }

  /** The list as it is now: for anything that decides or changes. */
  async list(tenantId: string): Promise<StoredBenefit[]> {
    const documents = await this.documents.query(tenantId, { where: "c.type = 'benefit'" });
    return documents.map(parseStored).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The list to show: at most a moment old (see SHOWN_LIST_MAX_AGE_MS). */
  async listToShow(tenantId: string): Promise<StoredBenefit[]> {
    return [...((await this.shownLists.get(tenantId)) ?? [])];
  }

  async get(tenantId: string, benefitId: string): Promise<StoredBenefit | undefined> {
    const document = await this.documents.read(tenantId, benefitDocId(benefitId));
    return document ? parseStored(document) : undefined;
  }

  /** Throws ConcurrencyError when the benefit changed since `etag` was read. */
  async replace(benefit: BenefitDoc, etag: string): Promise<StoredBenefit> {
    try {
      return parseStored(await this.documents.replace(benefit, etag));
    } finally {
      // Also after a failed write: it may have reached the store.
      this.shownLists.forget(benefit.tenantId);
    }
  }
}

function parseStored(document: Stored<{ id: string; tenantId: string; type: string }>): StoredBenefit {
  return { ...BenefitDoc.parse(document), _etag: document._etag };
}
