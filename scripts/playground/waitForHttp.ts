export interface WaitForHttpOptions {
  /** Whether this answer means ready. */
  accept: (status: number, body: string) => boolean;
  timeoutMs: number;
  signal?: AbortSignal;
  intervalMs?: number;
}

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** Polls `url` until `accept` says yes; resolves false if `signal` aborts first, throws WaitTimeoutError on timeout. */
export async function waitForHttp(url: string, options: WaitForHttpOptions): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  let lastProblem: string;
  while (!options.signal?.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      const body = await response.text();
      if (options.accept(response.status, body)) return true;
      lastProblem = `HTTP ${response.status} ${body.slice(0, 200)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    }
    if (Date.now() >= deadline) {
      throw new WaitTimeoutError(`${url} was not ready after ${Math.round(options.timeoutMs / 1000)} s (last: ${lastProblem})`);
    }
    await sleep(options.intervalMs ?? 250, options.signal);
  }
  return false;
}
