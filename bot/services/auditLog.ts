import { auditDocId, type AuditDoc } from '../domain/documents';
import type { AuditEvent } from '../domain/audit';
import type { AuditedAction } from '../domain/auditedActions';
import { DEFAULT_RETENTION, ttlSeconds } from '../domain/retention';
import { AlreadyExistsError } from '../store/errors';
import type { TenantDocuments } from '../store/tenantDocuments';
import type { ActionContext } from './actionContext';

export type AuditEntry = Pick<AuditEvent, 'target' | 'before' | 'after' | 'outcome' | 'reason'> & {
  /** What was done or refused: a use case's name (`benefit.assign`), the verb of its card's button. */
  action: AuditedAction;
};

/**
 * Who did what, when, with the state before and after; refusals too, so a forged request leaves a trace.
 * One event per activity and action: a redelivered activity finds its event already written. Events expire after the
 * retention (`ttl`).
 */
export class AuditLog {
  private readonly onApplied: (tenantId: string) => void;
  private readonly ttl: number;

  constructor(
    private readonly documents: TenantDocuments,
    options: {
      /** Told after an applied change is recorded: the company's state changed. */
      onApplied?: (tenantId: string) => void;
      retentionDays?: number;
    } = {},
  ) {
    this.onApplied = options.onApplied ?? (() => undefined);
    this.ttl = ttlSeconds(options.retentionDays ?? DEFAULT_RETENTION.auditDays);
  }

  async record(context: ActionContext, tenantId: string, entry: AuditEntry): Promise<void> {
    const document: AuditDoc = {
      id: auditDocId(`${context.idempotencyKey}:${entry.action}`),
      tenantId,
      type: 'audit',
      actor: context.caller.aadObjectId ?? 'unknown',
      at: context.now.toISOString(),
      ...entry,
      ttl: this.ttl,
    };
    // Not held to the turn's deadline: a change applied just before it passed is recorded all the same.
    try {
      await this.documents.create(document);
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
    if (entry.outcome === 'applied') this.onApplied(tenantId);
  }
}
