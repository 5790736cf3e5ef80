import {
  NOTIFICATION_SETTINGS_DOC_ID,
  NotificationSettings,
  NotificationSettingsDoc,
} from '../domain/documents';
import type { Stored, TenantDocuments } from './tenantDocuments';

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = NotificationSettings.parse({});

/** A company's notification settings; the defaults until an admin changes them. */
export class NotificationSettingsStore {
  constructor(private readonly documents: TenantDocuments) {}

  async get(tenantId: string): Promise<Stored<NotificationSettingsDoc> | undefined> {
    const document = await this.documents.read(tenantId, NOTIFICATION_SETTINGS_DOC_ID);
    return document ? { ...NotificationSettingsDoc.parse(document), _etag: document._etag } : undefined;
  }

  async settingsOf(tenantId: string): Promise<NotificationSettings> {
    const stored = await this.get(tenantId);
    if (!stored) return DEFAULT_NOTIFICATION_SETTINGS;
    return NotificationSettings.parse(stored);
  }

  /** Creates the document, or replaces the one read with `etag`; throws ConcurrencyError or AlreadyExistsError on a race. */
  async save(settings: NotificationSettingsDoc, etag: string | undefined): Promise<Stored<NotificationSettingsDoc>> {
    const written = etag ? await this.documents.replace(settings, etag) : await this.documents.create(settings);
    return { ...NotificationSettingsDoc.parse(written), _etag: written._etag };
  }
}
