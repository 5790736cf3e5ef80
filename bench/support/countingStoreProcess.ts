import { join } from 'node:path';
import type { CosmosRequestCounts, StoreKind } from './countingCosmos';
import { forkTypeScript, nextMessage, stop } from './processes';

export interface CountingStore {
  endpoint: string;
  key: string;
  counts(): Promise<CosmosRequestCounts>;
  close(): Promise<void>;
}

/** Starts the counting store in a child process (see countingStoreMain.ts); a journaled store needs its data file. */
export async function startCountingStoreProcess(kind: StoreKind = 'bare', dataFile?: string): Promise<CountingStore> {
  const env: Record<string, string> = { BENCH_STORE: kind, ...(dataFile ? { DATA_FILE: dataFile } : {}) };
  const { child, message } = await forkTypeScript<{ endpoint: string; key: string }>(join(__dirname, 'countingStoreMain.ts'), env);
  const { endpoint, key } = message;
  return {
    endpoint,
    key,
    async counts() {
      const reply = nextMessage<{ counts: CosmosRequestCounts }>(child);
      child.send('counts');
      return (await reply).counts;
    },
    close: () => stop(child),
  };
}
