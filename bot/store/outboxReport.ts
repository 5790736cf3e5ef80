import { OutboxDoc } from '../domain/documents';
import type { TenantDocuments } from './tenantDocuments';

export interface OutboxReportData {
  pending: number;
  /** Delivered within the reporting window. */
  sent: number;
  failed: number;
  /** The most recent failures, newest first. */
  failures: { event: string; recipient: string; reason: string }[];
}

/** Delivery figures for a company's admins: what waits, what arrived lately, what failed and why. */
export class OutboxReport {
  constructor(private readonly documents: TenantDocuments) {}

  async report(tenantId: string, since: Date, failureCount = 5): Promise<OutboxReportData> {
    const byStatus = (where: string, parameters: { name: string; value: string }[] = []) =>
      this.documents.query<OutboxDoc>(tenantId, { where: `c.type = 'outbox' AND ${where}`, parameters });
    const [pending, sent, failed] = await Promise.all([
      byStatus("c.status = 'pending'"),
      byStatus("c.status = 'sent' AND c.sentAt >= @since", [{ name: '@since', value: since.toISOString() }]),
      byStatus("c.status = 'failed'"),
    ]);
    const failures = failed
      .map((document) => OutboxDoc.parse(document))
      .sort((a, b) => b.nextAttemptAt.localeCompare(a.nextAttemptAt))
      .slice(0, failureCount)
      .map((failure) => ({ event: failure.event, recipient: failure.recipient, reason: failure.lastError ?? '' }));
    return { pending: pending.length, sent: sent.length, failed: failed.length, failures };
  }
}
