/** A conditional write lost: someone changed the document since it was read. Re-read and decide again. */
export class ConcurrencyError extends Error {
  constructor(readonly documentId: string) {
    super(`The document ${documentId} was changed by someone else`);
    this.name = 'ConcurrencyError';
  }
}

/** A create found the id taken. */
export class AlreadyExistsError extends Error {
  constructor(readonly documentId: string) {
    super(`The document ${documentId} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

export function statusCodeOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * The store could not be reached, or did not answer in time (throttled with 429 past the retry budget, a request
 * timeout, the turn's deadline). Nothing was written by the failed call, except that a write which timed out may still
 * have reached the store; trying again is safe either way, since a change takes effect once per activity.
 */
export class StoreUnavailableError extends Error {
  constructor(
    cause: unknown,
    /** `busy`: it answered too slowly or asked us to slow down; `unreachable`: it did not answer at all. */
    readonly reason: 'busy' | 'unreachable' = reasonOf(cause) ?? 'unreachable',
  ) {
    super(reason === 'busy' ? 'The store is busy' : 'The store could not be reached', { cause });
    this.name = 'StoreUnavailableError';
  }
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
/** 429 past the retry budget, 408 and our own request timeout: the store is there, but not keeping up. */
const BUSY_CODES = new Set<unknown>([429, 408, 'ETIMEDOUT', 'TimeoutError']);

function reasonOf(error: unknown): StoreUnavailableError['reason'] | undefined {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (BUSY_CODES.has(code) || (current as { name?: unknown }).name === 'TimeoutError') return 'busy';
    if ((typeof code === 'string' && UNREACHABLE_CODES.has(code)) || code === 503) return 'unreachable';
  }
  return undefined;
}

/** Runs one store call, turning "could not reach the store" into StoreUnavailableError and passing the rest on. */
export async function storeCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const reason = reasonOf(error);
    throw reason ? new StoreUnavailableError(error, reason) : error;
  }
}

/** The StoreUnavailableError however deeply the dialog library wrapped it; undefined when there is none. */
export function storeUnavailableIn(error: unknown): StoreUnavailableError | undefined {
  const seen = new Set<unknown>();
  for (let current: unknown = error; current && !seen.has(current); ) {
    seen.add(current);
    if (current instanceof StoreUnavailableError) return current;
    const wrapper = current as { cause?: unknown; error?: unknown };
    current = wrapper.cause ?? wrapper.error;
  }
  return undefined;
}
