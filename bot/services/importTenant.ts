import { createHash } from 'node:crypto';
import { auditDocId, type AuditDoc, type StoredDoc } from '../domain/documents';
import { DEFAULT_RETENTION, ttlSeconds } from '../domain/retention';
import { ImportFile, toDocuments } from '../domain/importFile';
import type { TenantDocuments } from '../store/tenantDocuments';
import { withoutEtag } from '../store/withoutEtag';

export interface ImportIssue {
  path: string;
  message: string;
}

export class ImportFileError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`The import file is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues
      .map((issue) => `  - ${issue.path}: ${issue.message}`)
      .join('\n')}`);
    this.name = 'ImportFileError';
  }
}

export interface ImportSummary {
  tenantId: string;
  created: number;
  updated: number;
  unchanged: number;
}

/** Validates the whole file first: a file with any problem is rejected before anything is written. */
export function parseImportFile(json: unknown): ImportFile {
  const result = ImportFile.safeParse(json);
  if (result.success) return result.data;
  throw new ImportFileError(
    result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(file)', message: issue.message })),
  );
}

const IMPORTED_TYPES = ['tenant', 'user', 'benefit', 'marketingContact'] as const;

/**
 * Writes the file's documents, skipping those already stored with the same content, so importing the same file
 * twice changes nothing. The tenant profile is written last: until it exists the bot treats the company as not
 * imported, so an import cut short never looks complete; running it again finishes the job.
 */
export async function importTenant(
  documents: TenantDocuments,
  file: ImportFile,
  actor: string,
  options: { now?: () => Date; auditRetentionDays?: number } = {},
): Promise<ImportSummary> {
  const tenantId = file.tenant.tenantId;
  const existing = await documents.query<StoredDoc>(tenantId, {
    where: `c.type IN (${IMPORTED_TYPES.map((_, index) => `@type${index}`).join(', ')})`,
    parameters: IMPORTED_TYPES.map((type, index) => ({ name: `@type${index}`, value: type })),
  });
  const existingById = new Map(existing.map((document) => [document.id, document]));
  const incoming = toDocuments(file).map((document) => ({ ...document, tenantId }));
  const ordered = [...incoming.filter((d) => d.type !== 'tenant'), ...incoming.filter((d) => d.type === 'tenant')];

  const summary: ImportSummary = { tenantId, created: 0, updated: 0, unchanged: 0 };
  for (const document of ordered) {
    const stored = existingById.get(document.id);
    if (!stored) {
      await documents.create(document);
      summary.created += 1;
    } else if (canonicalJson(withoutEtag(stored)) !== canonicalJson(document)) {
      await documents.replace(document, stored._etag);
      summary.updated += 1;
    } else {
      summary.unchanged += 1;
    }
  }

  if (summary.created + summary.updated > 0) {
    const at = (options.now?.() ?? new Date()).toISOString();
    const digest = createHash('sha256').update(canonicalJson(incoming)).digest('hex').slice(0, 16);
    const audit: AuditDoc = {
      id: auditDocId(`import:${digest}:${at}`),
      tenantId,
      type: 'audit',
      actor,
      action: 'import',
      target: tenantId,
      at,
      after: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged },
      outcome: 'applied',
      ttl: ttlSeconds(options.auditRetentionDays ?? DEFAULT_RETENTION.auditDays),
    };
    await documents.create(audit);
  }
  return summary;
}

/** JSON with keys sorted, so two documents with the same content compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
