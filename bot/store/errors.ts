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

/** The store could not be reached: nothing was written by the failed call; the same call may work later. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The store could not be reached', { cause });
    this.name = 'StoreUnavailableError';
  }
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

function isUnreachable(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (code === 503 || code === 408) return true;
    if ((current as { name?: unknown }).name === 'TimeoutError') return true;
  }
  return false;
}

/** Runs one store call, turning "could not reach the store" into StoreUnavailableError and passing the rest on. */
export async function storeCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw isUnreachable(error) ? new StoreUnavailableError(error) : error;
  }
}

/** Finds a StoreUnavailableError however deeply the dialog library wrapped it. */
export function isStoreUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current: unknown = error; current && !seen.has(current); ) {
    seen.add(current);
    if (current instanceof StoreUnavailableError) return true;
    const wrapper = current as { cause?: unknown; error?: unknown };
    current = wrapper.cause ?? wrapper.error;
  }
  return false;
}
