import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface StoreProcess {
  child: ChildProcess;
  endpoint: string;
  key: string;
  exited: Promise<void>;
}

/** A store process with its modules loaded, waiting for its data file (see storeProcessMain.ts). */
export interface LoadedStoreProcess {
  start(dataFile: string, options?: { compactAfterBytes?: number }): Promise<StoreProcess>;
  kill(): Promise<void>;
}

export async function loadStoreProcess(): Promise<LoadedStoreProcess> {
  const child = fork(join(__dirname, 'storeProcessMain.ts'), [], {
    execArgv: ['--require', 'tsx/cjs'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const nextMessage = () =>
    new Promise<{ loaded?: boolean; endpoint?: string; key?: string; error?: string }>((resolve, reject) => {
      child.once('message', (answer) => resolve(answer as { endpoint?: string; key?: string; error?: string }));
      void exited.then(() => reject(new Error('the store process exited before it answered')));
    });
  await nextMessage();
  return {
    async start(dataFile, options = {}) {
      const answer = nextMessage();
      child.send({ dataFile, compactAfterBytes: options.compactAfterBytes });
      const message = await answer;
      if (message.error !== undefined || !message.endpoint || !message.key) {
        await exited;
        throw new Error(message.error ?? 'the store process sent no endpoint');
      }
      return { child, endpoint: message.endpoint, key: message.key, exited };
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Starts the embedded store on `dataFile` in a child process; rejects with its start error. */
export async function startStoreProcess(dataFile: string): Promise<StoreProcess> {
  return (await loadStoreProcess()).start(dataFile);
}

export async function killStoreProcess(store: StoreProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (store.child.exitCode === null && store.child.signalCode === null) store.child.kill(signal);
  await store.exited;
}
