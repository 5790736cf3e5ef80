import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../bot/app';
import { parseConfig, type AppConfig } from '../../bot/config';
import { createLogger, type Logger } from '../../bot/logger';
import { ConnectorCapture } from './connectorCapture';
import { DEMO_FILE } from './demo';

export interface TestApp {
  app: RunningApp;
  capture: ConnectorCapture;
  config: AppConfig;
  dataDir: string;
  logLines: string[];
  /** Posts a body to /api/messages as-is and returns the HTTP status and body text. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

/**
 * The real app on a random loopback port, with the embedded Cosmos server persisting to a fresh temporary data file
 * seeded with the demo company, and a capture server as the Teams connector.
 */
export async function startTestApp(env: Record<string, string> = {}, dataDir = freshDataDir()): Promise<TestApp> {
  const capture = await new ConnectorCapture().start();
  const config = parseConfig({
    PORT: '0',
    DATA_FILE: join(dataDir, 'cosmos.json'),
    SEED_FILE: DEMO_FILE,
    SHUTDOWN_TIMEOUT_MS: '5000',
    // Proactive cards would land in the conversations other tests count replies in; their own tests turn them on.
    NOTIFICATIONS_ENABLED: 'false',
    // Tests with app credentials run on the embedded store too.
    ALLOW_EMBEDDED_STORE: 'true',
    ...env,
  });
  const logLines: string[] = [];
  const logger: Logger = createLogger('debug', 'test', (line) => logLines.push(line));
  const app = await startApp(config, logger);
  return {
    app,
    capture,
    config,
    dataDir,
    logLines,
    async post(body, headers = {}) {
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    async stop() {
      await app.stop();
      await capture.stop();
    },
  };
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'mpn-bot-test-'));
}
