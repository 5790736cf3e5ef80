import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface StoreProcess {
  child: ChildProcess;
  endpoint: string;
  key: string;
  exited: Promise<void>;
}

/** Starts the embedded store on `dataFile` in a child process (see storeProcessMain.ts); rejects with its start error. */
export async function startStoreProcess(dataFile: string): Promise<StoreProcess> {
  const child = fork(join(__dirname, 'storeProcessMain.ts'), [], {
    execArgv: ['--require', 'tsx/cjs'],
    env: { ...process.env, DATA_FILE: dataFile },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const message = await new Promise<{ endpoint?: string; key?: string; error?: string }>((resolve, reject) => {
    child.once('message', (answer) => resolve(answer as { endpoint?: string; key?: string; error?: string }));
    void exited.then(() => reject(new Error('the store process exited before it was ready')));
  });
  if (message.error !== undefined || !message.endpoint || !message.key) {
    await exited;
    throw new Error(message.error ?? 'the store process sent no endpoint');
  }
  return { child, endpoint: message.endpoint, key: message.key, exited };
}

export async function killStoreProcess(store: StoreProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (store.child.exitCode === null && store.child.signalCode === null) store.child.kill(signal);
  await store.exited;
}
