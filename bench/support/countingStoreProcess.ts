import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CosmosRequestCounts } from './countingCosmos';

export interface CountingStore {
  endpoint: string;
  key: string;
  counts(): Promise<CosmosRequestCounts>;
  close(): Promise<void>;
}

/** Starts the counting store in a child process (see countingStoreMain.ts). */
export async function startCountingStoreProcess(): Promise<CountingStore> {
  const child: ChildProcess = fork(join(__dirname, 'countingStoreMain.ts'), [], {
    execArgv: ['--require', 'tsx/cjs'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { endpoint, key } = await nextMessage<{ endpoint: string; key: string }>(child);
  return {
    endpoint,
    key,
    async counts() {
      const reply = nextMessage<{ counts: CosmosRequestCounts }>(child);
      child.send('counts');
      return (await reply).counts;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the counting store exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}
