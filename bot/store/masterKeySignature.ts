import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Same machine, same clock: a request signed longer ago than this is a replay (Azure Cosmos DB allows 15 minutes). */
const MAX_AGE_MS = 5 * 60_000;

/**
 * Checks a request's master-key token as Azure Cosmos DB does (REST API, "Access control"): the `authorization`
 * header `type=master&ver=1.0&sig=…` is an HMAC-SHA256, keyed with the base64-decoded master key, over
 * `verb\nresourceType\nresourceLink\ndate\n\n` (verb, type and the `x-ms-date` lowercased, the link as it is).
 */
export function isSignedWithKey(request: IncomingMessage, key: Buffer, nowMs: number): boolean {
  const date = singleHeader(request, 'x-ms-date');
  const token = parseToken(singleHeader(request, 'authorization'));
  const resource = resourceOf(request.url ?? '');
  if (!date || !token || !resource || !request.method) return false;
  const signedAt = Date.parse(date);
  if (!Number.isFinite(signedAt) || Math.abs(nowMs - signedAt) > MAX_AGE_MS) return false;
  if (token.type !== 'master' || token.ver !== '1.0' || token.sig === undefined) return false;
  const text = `${request.method.toLowerCase()}\n${resource.type.toLowerCase()}\n${resource.link}\n${date.toLowerCase()}\n\n`;
  const expected = createHmac('sha256', key).update(text).digest();
  const given = Buffer.from(token.sig, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function singleHeader(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** `type=master&ver=1.0&sig=…`, URL-encoded as a whole; the signature is base64, whose `+` must stay a plus. */
function parseToken(header: string | undefined): Record<string, string> | undefined {
  if (header === undefined) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    return undefined;
  }
  const fields: Record<string, string> = {};
  for (const part of decoded.split('&')) {
    const separator = part.indexOf('=');
    if (separator > 0) fields[part.slice(0, separator)] = part.slice(separator + 1);
  }
  return fields;
}

/** The decoded segments of a request's path, as the server decodes them; undefined for a malformed path. */
export function pathSegments(url: string): string[] | undefined {
  const path = url.split('?')[0].replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return [];
  try {
    const segments = path.split('/').map((segment) => decodeURIComponent(segment));
    return segments.some((segment) => segment === '') ? undefined : segments;
  } catch {
    return undefined;
  }
}

/**
 * The resource a path names, as the signature covers it: `/dbs/a/colls/b/docs/c` is the document (type `docs`, link
 * `dbs/a/colls/b/docs/c`); `/dbs/a/colls/b/docs` is the feed of documents (type `docs`, link `dbs/a/colls/b`).
 * Segments are decoded as the server decodes them, so the link signed is the resource the request acts on.
 */
function resourceOf(url: string): { type: string; link: string } | undefined {
  const segments = pathSegments(url);
  if (!segments) return undefined;
  if (segments.length === 0) return { type: '', link: '' };
  if (segments.length % 2 === 1) return { type: segments.at(-1)!, link: segments.slice(0, -1).join('/') };
  return { type: segments.at(-2)!, link: segments.join('/') };
}
