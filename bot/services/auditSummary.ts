import { createHash } from 'node:crypto';
import type { AuditEvent } from '../domain/audit';
import { canonicalJson } from './importTenant';

type JsonObject = { [key: string]: NonNullable<AuditEvent['after']> };

/** Of input the audit does not keep, the names of this many fields, each cut to this length: bounded whatever was sent. */
const MAX_FIELDS = 20;
const MAX_NAME_LENGTH = 40;
/** A state before or after a change larger than this, as JSON, is kept as its summary. */
export const MAX_STATE_LENGTH = 16 * 1024;

/**
 * What the audit keeps of input it refused, or of a state too large to keep: its shape and a fingerprint, never its
 * content. The SHA-256 of its canonical JSON (object keys sorted) recognizes the same input sent again.
 */
export function summarize(value: unknown): JsonObject {
  // JSON.stringify gives undefined for undefined: nothing was sent.
  const canonical = canonicalJson(value) ?? '';
  return {
    type: typeOf(value),
    length: canonical.length,
    sha256: createHash('sha256').update(canonical).digest('hex'),
    ...(isRecord(value) ? fieldsOf(value) : {}),
  };
}

/** A state as JSON (undefined fields dropped), or its summary when it is larger than `MAX_STATE_LENGTH`. */
export function boundedState(value: unknown): AuditEvent['after'] {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length <= MAX_STATE_LENGTH ? (JSON.parse(text) as AuditEvent['after']) : { summarized: true, ...summarize(value) };
}

function fieldsOf(record: Record<string, unknown>): JsonObject {
  const names = Object.keys(record);
  return {
    fieldCount: names.length,
    fields: names.slice(0, MAX_FIELDS).map((name) => ({ name: name.slice(0, MAX_NAME_LENGTH), ...shapeOf(record[name]) })),
  };
}

/** The type, and for a string, array or object its length or number of fields. */
function shapeOf(value: unknown): JsonObject {
  if (typeof value === 'string') return { type: 'string', size: value.length };
  if (Array.isArray(value)) return { type: 'array', size: value.length };
  if (isRecord(value)) return { type: 'object', size: Object.keys(value).length };
  return { type: typeOf(value) };
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
