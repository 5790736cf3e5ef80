import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { teamsActivity } from '../support/activities';
import { spawnBot, waitUntilReady } from '../support/botProcess';
import { ConnectorCapture } from '../support/connectorCapture';
import { DEMO_FILE, DEMO_USERS } from '../support/demo';
import { freshDataDir } from '../support/testApp';

async function knowsTheDemoRoster(port: number, capture: ConnectorCapture, conversationId: string): Promise<boolean> {
  // Asking for help makes the bot read its store; the greeting card proves the seeded roster is there.
  const activity = teamsActivity('message', { user: 'adele', serviceUrl: capture.url, conversationId }, { text: 'help' });
  await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const [reply] = await capture.waitFor(1, conversationId);
  return JSON.stringify(reply).includes(DEMO_USERS.adele.name);
}

describe('the bot process (npm run serve)', function () {
  this.timeout(90_000);
  let capture: ConnectorCapture;
  before(async () => {
    capture = await new ConnectorCapture().start();
  });
  after(async () => {
    await capture.stop();
  });

  it('refuses to start on a contradictory setting and names the variable', async () => {
    const bot = await spawnBot({ MicrosoftAppId: 'some-app-id', DATA_FILE: join(freshDataDir(), 'c.json') });
    const { code } = await bot.exited;
    assert.equal(code, 2);
    assert.match(bot.output(), /MicrosoftAppPassword/);
  });

  it('refuses to serve an Azure Cosmos DB account without credentials unless told to, naming the variable', async () => {
    const bot = await spawnBot({
      COSMOS_ENDPOINT: 'https://contoso.documents.azure.com:443/',
      COSMOS_KEY: 'c2VjcmV0a2V5',
      DATA_FILE: join(freshDataDir(), 'c.json'),
    });
    const { code } = await bot.exited;
    assert.equal(code, 2);
    assert.match(bot.output(), /ALLOW_UNAUTHENTICATED_AZURE_COSMOS/);
  });

  it('stops cleanly on SIGTERM and keeps its data across a restart', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const first = await spawnBot({ DATA_FILE: dataFile, SEED_FILE: DEMO_FILE });
    await waitUntilReady(first);
    await fetch(`http://127.0.0.1:${first.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        teamsActivity('installationUpdate', { user: 'adele', serviceUrl: capture.url, conversationId: 'p-1' }, { action: 'add' }),
      ),
    });
    first.child.kill('SIGTERM');
    assert.deepEqual(await first.exited, { code: 0, signal: null });

    // No seed this time: whatever the bot knows now comes from the data file.
    const second = await spawnBot({ DATA_FILE: dataFile });
    try {
      await waitUntilReady(second);
      assert.ok(await knowsTheDemoRoster(second.port, capture, 'p-2'));
      assert.match(second.output(), /restored the embedded store/);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('keeps changes written before a hard kill (SIGKILL)', async () => {
    const dataFile = join(freshDataDir(), 'cosmos.json');
    const first = await spawnBot({ DATA_FILE: dataFile, SEED_FILE: DEMO_FILE });
    await waitUntilReady(first);
    // The data file is written within about a second of a change.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await spawnBot({ DATA_FILE: dataFile });
    try {
      await waitUntilReady(second);
      assert.ok(await knowsTheDemoRoster(second.port, capture, 'p-3'));
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
