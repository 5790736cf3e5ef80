import { Cache } from './domain/cache';

const LAST_ANSWER = 'store';

/**
 * Whether the store answers, asked at most once per `maxAgeMs`: a load balancer probing every instance often must not
 * become load on the store. Probes arriving while the store is being asked share that one question.
 */
export function cachedProbe(probe: () => Promise<boolean>, maxAgeMs: number, now: () => number = Date.now): () => Promise<boolean> {
  const answers = new Cache<Promise<boolean>>({ name: 'readiness.storeProbe', ttlMs: maxAgeMs, maxEntries: 1 }, now);
  return () => {
    let answer = answers.get(LAST_ANSWER);
    if (answer === undefined) {
      answer = probe().catch(() => false);
      answers.set(LAST_ANSWER, answer);
    }
    return answer;
  };
}
