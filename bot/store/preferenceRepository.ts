import { UserPreferenceDoc, userPreferenceDocId } from '../domain/documents';
import type { Locale } from '../domain/locale';
import type { Stored, TenantDocuments } from './tenantDocuments';

/** A person's own settings, one document per person in the company's partition. */
export class PreferenceRepository {
  constructor(private readonly documents: TenantDocuments) {}

  async get(tenantId: string, aadObjectId: string): Promise<Stored<UserPreferenceDoc> | undefined> {
    const document = await this.documents.read(tenantId, userPreferenceDocId(aadObjectId));
    return document ? { ...UserPreferenceDoc.parse(document), _etag: document._etag } : undefined;
  }

  /** The language each person of the company chose, by Entra object id. */
  async chosenLocales(tenantId: string): Promise<Map<string, Locale>> {
    const documents = await this.documents.listByType<UserPreferenceDoc>(tenantId, 'userPreference');
    return new Map(documents.map((document) => UserPreferenceDoc.parse(document)).map((preference) => [preference.aadObjectId, preference.locale]));
  }

  /** Creates the document, or replaces the one read with `etag`; throws ConcurrencyError or AlreadyExistsError on a race. */
  async save(preference: UserPreferenceDoc, etag: string | undefined): Promise<Stored<UserPreferenceDoc>> {
    const written = etag ? await this.documents.replace(preference, etag) : await this.documents.create(preference);
    return { ...UserPreferenceDoc.parse(written), _etag: written._etag };
  }
}
