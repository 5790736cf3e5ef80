import type { Container, OperationInput, OperationResponse } from '@azure/cosmos';
import { storeCall } from './errors';

/** The most operations the store takes in one bulk request. */
const BULK_SIZE = 100;
/** Bulk requests under way at once for one call: many documents in a few round trips, without flooding the store. */
const BULK_CONCURRENCY = 8;

/** Runs any number of operations as bulk requests of up to 100, several at a time; the responses in the order given. */
export async function bulkInChunks(container: Container, operations: readonly OperationInput[]): Promise<OperationResponse[]> {
  const responses = new Array<OperationResponse>(operations.length);
  let nextStart = 0;
  const worker = async (): Promise<void> => {
    while (nextStart < operations.length) {
      const start = nextStart;
      nextStart += BULK_SIZE;
      const chunk = operations.slice(start, start + BULK_SIZE);
      const answered = await storeCall(() => container.items.bulk(chunk));
      answered.forEach((response, index) => (responses[start + index] = response));
    }
  };
  const workers = Math.min(BULK_CONCURRENCY, Math.ceil(operations.length / BULK_SIZE));
  await Promise.all(Array.from({ length: workers }, worker));
  return responses;
}
