import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startChild, type ManagedChild } from '../../../scripts/playground/childProcess';
import { startPlayground, type RunningPlayground } from '../../../scripts/playground/playground';
import type { DemoUserName } from '../../../scripts/playground/users';
import { waitForHttp } from '../../../scripts/playground/waitForHttp';
import { preparePlaygroundFolder } from '../../../scripts/playground/workingFolder';
import { freePort } from '../../support/botProcess';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The bot as `npm run serve` runs it (embedded store, demo data, its own data file), and the Agents Playground in
 * front of it as one demo user at a time, both on loopback ports of their own.
 */
export class E2eStack {
  readonly workDir = mkdtempSync(join(tmpdir(), 'mpn-e2e-'));
  botPort = 0;
  playgroundPort = 0;
  private bot?: ManagedChild;
  private playground?: RunningPlayground;

  get playgroundUrl(): string {
    return `http://127.0.0.1:${this.playgroundPort}`;
  }

  async startBot(): Promise<void> {
    this.botPort = await freePort();
    this.bot = startChild('bot', process.execPath, ['--disable-warning=DEP0111', '--import', pathToFileURL(require.resolve('tsx')).href, 'bot/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.botPort),
        DATA_FILE: join(this.workDir, 'cosmos.json'),
        SEED_FILE: join(ROOT, 'examples', 'demo-tenant.json'),
        LOG_LEVEL: 'warn',
        NOTIFY_POLL_INTERVAL_MS: '200',
      },
    });
    await waitForHttp(`http://127.0.0.1:${this.botPort}/readyz`, { accept: (status) => status === 200, timeoutMs: 90_000 });
  }

  /** (Re)starts the Playground signed in as `user`; the bot and its data stay. */
  async chatAs(user: DemoUserName): Promise<void> {
    await this.stopPlayground();
    this.playgroundPort = await freePort();
    const folder = preparePlaygroundFolder(join(this.workDir, user), user);
    this.playground = startPlayground({
      folder,
      port: this.playgroundPort,
      botEndpoint: `http://127.0.0.1:${this.botPort}/api/messages`,
    });
    await waitForHttp(this.playground.pingUrl, { accept: (status, body) => status === 200 && body.trim() === 'pong', timeoutMs: 60_000 });
  }

  async stopPlayground(): Promise<void> {
    if (!this.playground) return;
    await this.playground.child.stop('SIGTERM', 5_000);
    this.playground.stopLog();
    this.playground = undefined;
  }

  async stop(): Promise<void> {
    await this.stopPlayground();
    await this.bot?.stop('SIGTERM', 20_000);
  }
}
