import { strict as assert } from 'node:assert';
import { translatorFor } from '../../bot/i18n';
import { createLogger } from '../../bot/logger';
import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { createCosmosClient } from '../../bot/store/cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../bot/store/embeddedCosmos';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { teamsMessage } from '../support/activities';
import { CosmosFaultProxy, DELAY_MS } from '../support/cosmosFaultProxy';
import { DEMO_TENANT_ID, DEMO_USERS, demoFileJson } from '../support/demo';
import { storedAsAssigned } from '../support/directStore';
import { startTestApp, type TestApp } from '../support/testApp';

const en = translatorFor('en');
const isDocument = (_method: string, path: string) => path.includes('/docs');
const isStateWrite = (method: string, path: string) => method !== 'GET' && path.includes('/colls/bot-state/');

interface StoreBehindProxy {
  cosmos: EmbeddedCosmos;
  proxy: CosmosFaultProxy;
  test: TestApp;
}

/** The app talking to the embedded store through the fault proxy, with the demo company in the store. */
async function startBehindProxy(env: Record<string, string>): Promise<StoreBehindProxy> {
  const cosmos = await startEmbeddedCosmos({ logger: createLogger('silent') });
  const proxy = await new CosmosFaultProxy(cosmos.endpoint).start();
  const test = await startTestApp({ COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: cosmos.key, SEED_FILE: '', ...env });
  const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key });
  await importTenant(new TenantDocuments(client.database('mpn-benefits').container('benefits')), parseImportFile(demoFileJson()), 'test');
  client.dispose();
  return { cosmos, proxy, test };
}

async function stopBehindProxy({ cosmos, proxy, test }: StoreBehindProxy): Promise<void> {
  await test.stop();
  await proxy.stop();
  await cosmos.close();
}

let conversation = 0;

async function say(test: TestApp, text: string, value?: Record<string, unknown>) {
  const conversationId = `deadline-${++conversation}`;
  const message = teamsMessage(text, { serviceUrl: test.capture.url, conversationId }, value ? { text: undefined, value, replyToId: 'card-1' } : {});
  const response = await test.post(message);
  return { response, conversationId };
}

describe('a slow or throttled store within the turn deadline', function () {
  // Without a deadline, one stalled request alone would take the SDK's 60 s.
  this.timeout(40_000);
  let cosmos: EmbeddedCosmos;
  let proxy: CosmosFaultProxy;
  let test: TestApp;
  let running: StoreBehindProxy;

  before(async () => {
    running = await startBehindProxy({
      COSMOS_REQUEST_TIMEOUT_MS: '500',
      COSMOS_THROTTLE_RETRIES: '2',
      COSMOS_THROTTLE_MAX_WAIT_MS: '100',
      TURN_DEADLINE_MS: '5000',
    });
    ({ cosmos, proxy, test } = running);
  });
  afterEach(() => proxy.inject(undefined));
  after(() => stopBehindProxy(running));

  const adeleHoldsIt = () => storedAsAssigned(cosmos, 'vs-professional', DEMO_USERS.adele.aadObjectId);

  it('gives up on a throttled request after the configured retries', async () => {
    const client = createCosmosClient({ endpoint: proxy.url, key: cosmos.key }, { timeoutMs: 500, throttleRetries: 2, throttleMaxWaitMs: 1000 });
    proxy.inject('throttle', isDocument);
    try {
      await assert.rejects(client.database('mpn-benefits').container('benefits').item('benefit:vs-professional', DEMO_TENANT_ID).read(), { code: 429 });
      assert.equal(proxy.faulted.length, 3, 'the request and two retries');
    } finally {
      client.dispose();
    }
  });

  it('answers a stalled store with "busy, nothing was changed" while Teams still waits', async () => {
    proxy.inject('stall', isDocument);
    const { response, conversationId } = await say(test, 'help');
    assert.equal(response.status, 200, 'the HTTP answer arrived');
    const [reply] = await test.capture.waitFor(1, conversationId);
    assert.equal(reply?.text, en('errors.storeBusy'));
  });

  it('answers a store that keeps throttling with "busy, nothing was changed"', async () => {
    proxy.inject('throttle', isDocument);
    const { conversationId } = await say(test, 'help');
    const [reply] = await test.capture.waitFor(1, conversationId);
    assert.equal(reply?.text, en('errors.storeBusy'));
  });

  it('says the change was saved when only the conversation state could not be written after it', async () => {
    proxy.inject('throttle', isStateWrite);
    const { conversationId } = await say(test, '', { action: 'benefit.assign', benefitId: 'vs-professional', assignee: DEMO_USERS.adele.aadObjectId });
    const sent = await test.capture.waitFor(2, conversationId);
    const texts = sent.map((activity) => activity.text).filter(Boolean);
    assert.deepEqual(texts, [en('errors.savedButFailed')]);
    assert.ok(proxy.faulted.length > 0, 'the state write was refused');
    proxy.inject(undefined);
    assert.equal(await adeleHoldsIt(), true);
  });
});

describe('a turn that outlasts its deadline', function () {
  // The stalled request is one the client alone would wait 60 s for.
  this.timeout(40_000);
  let running: StoreBehindProxy;

  before(async () => {
    running = await startBehindProxy({ COSMOS_REQUEST_TIMEOUT_MS: '60000', TURN_DEADLINE_MS: '1000' });
  });
  after(() => stopBehindProxy(running));

  it('is answered with "busy, nothing was changed" while the store still has not answered', async () => {
    const { proxy, test } = running;
    proxy.inject('stall', isDocument);
    const { response, conversationId } = await say(test, 'help');
    assert.equal(response.status, 200, 'the HTTP answer arrived');
    const [reply] = await test.capture.waitFor(1, conversationId);
    assert.equal(reply?.text, en('errors.storeBusy'));
  });
  it('makes no change it had not made by then, though the store answers after it', async () => {
    const { cosmos, proxy, test } = running;
    const readsTheBenefit = (method: string, path: string) => method === 'GET' && decodeURIComponent(path).includes('benefit:vs-professional');
    proxy.inject('delay', readsTheBenefit);
    try {
      const { conversationId } = await say(test, '', { action: 'benefit.assign', benefitId: 'vs-professional', assignee: DEMO_USERS.adele.aadObjectId });
      const [reply] = await test.capture.waitFor(1, conversationId);
      assert.equal(reply?.text, en('errors.storeBusy'));
      assert.ok(proxy.faulted.length > 0, 'the benefit was read late');
      // The late read has been answered: the turn, still running, would write now.
      await new Promise((resolve) => setTimeout(resolve, DELAY_MS + 500));
    } finally {
      proxy.inject(undefined);
    }
    assert.equal(await storedAsAssigned(cosmos, 'vs-professional', DEMO_USERS.adele.aadObjectId), false);
  });
});
