/**
 * Whether the store answers, asked at most once per `maxAgeMs`: a load balancer probing every instance often must not
 * become load on the store. Probes arriving while the store is being asked share that one question.
 */
export function cachedProbe(probe: () => Promise<boolean>, maxAgeMs: number, now: () => number = Date.now): () => Promise<boolean> {
  let last: { at: number; answer: Promise<boolean> } | undefined;
  return () => {
    if (last === undefined || now() - last.at >= maxAgeMs) {
      last = { at: now(), answer: probe().catch(() => false) };
    }
    return last.answer;
  };
}
