import { join } from 'node:path';
import type { CosmosRequestCounts } from './countingCosmos';
import { forkTypeScript, nextMessage, stop } from './processes';

export interface CountingStore {
  endpoint: string;
  key: string;
  counts(): Promise<CosmosRequestCounts>;
  close(): Promise<void>;
}

/** Starts the counting store in a child process (see countingStoreMain.ts). */
export async function startCountingStoreProcess(): Promise<CountingStore> {
  const { child, message } = await forkTypeScript<{ endpoint: string; key: string }>(join(__dirname, 'countingStoreMain.ts'), {});
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
