import { OUTBOX_SIGNAL_DOC_ID, type OutboxSignalDoc } from '../domain/documents';
import type { TenantDocuments } from '../store/tenantDocuments';

/**
 * Tells dispatchers on every instance that a company's outbox has new work: one small document per company whose
 * version changes with every ring, read by id where finding due notifications takes a query.
 */
export class OutboxSignal {
  constructor(private readonly documents: TenantDocuments) {}

  async ring(tenantId: string, now: number): Promise<void> {
    const signal: OutboxSignalDoc = { id: OUTBOX_SIGNAL_DOC_ID, tenantId, type: 'outboxSignal', changedAt: new Date(now).toISOString() };
    await this.documents.upsert(signal);
  }

  /** Different after every ring; undefined until the first. */
  async version(tenantId: string): Promise<string | undefined> {
    return (await this.documents.read<OutboxSignalDoc>(tenantId, OUTBOX_SIGNAL_DOC_ID))?._etag;
  }
}
