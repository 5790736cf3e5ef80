import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { runTypeScript } from '../support/processes';

/** The bot of the checkout at `root`, on `port`, with the demo company in its own database of the given store. */
export function startBenchBot(root: string, port: number, store: { endpoint: string; key: string }, nodeFlags: readonly string[] = []): ChildProcess {
  return runTypeScript(
    'bot/index.ts',
    {
      PORT: String(port),
      COSMOS_ENDPOINT: store.endpoint,
      COSMOS_KEY: store.key,
      COSMOS_DATABASE: 'bench',
      SEED_FILE: join(root, 'examples', 'demo-tenant.json'),
      LOG_LEVEL: 'error',
      NOTIFICATIONS_ENABLED: 'false',
    },
    nodeFlags,
    root,
  );
}
