import { strict as assert } from 'node:assert';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import sinon from 'sinon';
import { teamsMessage } from '../support/activities';
import { DEMO_TENANT_ID } from '../support/demo';
import { getRaw, postRaw, postStreamedBody } from '../support/rawRequests';
import { startTestApp, type TestApp } from '../support/testApp';
import { translatorFor } from '../../bot/i18n';
import { DirectoryRepository } from '../../bot/store/directoryRepository';

describe('the HTTP server', () => {
  describe('without app credentials', () => {
    let test: TestApp;
    before(async () => {
      test = await startTestApp({ MAX_BODY_BYTES: '4096' });
    });
    after(async () => {
      await test.stop();
    });
    afterEach(() => sinon.restore());

    it('listens on loopback only', () => {
      assert.match(test.app.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    });

    it('answers /healthz without asking the store, and /readyz once the store answers, asking it at most every few seconds', async () => {
      const probe = sinon.spy(test.app.store, 'isReachable');
      const live = await fetch(`${test.app.url}/healthz`);
      assert.equal(live.status, 200);
      assert.deepEqual(await live.json(), { status: 'ok' });
      assert.equal(probe.callCount, 0);

      for (let round = 0; round < 3; round += 1) {
        const ready = await fetch(`${test.app.url}/readyz`);
        assert.equal(ready.status, 200);
        assert.deepEqual(await ready.json(), { status: 'ready', store: 'reachable' });
      }
      assert.equal(probe.callCount, 1);
    });

    it('answers a malformed JSON body with 400, and keeps serving', async () => {
      const response = await test.post('{"type": "message",');
      assert.equal(response.status, 400);
      assert.equal((await fetch(`${test.app.url}/healthz`)).status, 200);
    });

    it('answers JSON that is not an activity with 400', async () => {
      for (const body of ['[]', '"text"', '42', '{"text":"no type"}', 'null']) {
        assert.equal((await test.post(body)).status, 400, body);
      }
    });

    it('answers a body over the size limit with 413', async () => {
      const message = teamsMessage('x'.repeat(5000), { serviceUrl: test.capture.url });
      assert.equal((await test.post(message)).status, 413);
    });

    it('answers 413 as soon as a body of no declared length passes the limit, without reading the rest', async () => {
      const response = await postStreamedBody(`${test.app.url}/api/messages`, { 'content-type': 'application/json' }, {
        chunk: Buffer.alloc(1024, 'x'),
        maxBytes: 8 * 1024 * 1024,
      });
      assert.equal(response.status, 413);
      assert.ok(response.answeredBeforeTheEnd);
    });

    it('refuses compressed bodies with 415: their limit would count compressed bytes', async () => {
      const message = JSON.stringify(teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'c-gzip' }));
      for (const encoding of ['gzip', 'deflate', 'br', 'GZIP', 'identity, gzip']) {
        const body = encoding.toLowerCase().includes('gzip') ? gzipSync(message) : encoding === 'br' ? brotliCompressSync(message) : deflateSync(message);
        const response = await postRaw(`${test.app.url}/api/messages`, { 'content-type': 'application/json', 'content-encoding': encoding }, body);
        assert.equal(response.status, 415, encoding);
      }
      assert.equal(test.capture.sentTo('c-gzip').length, 0);
    });

    it('refuses multipart uploads with 415', async () => {
      const boundary = 'edge-boundary';
      const body = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.bin"\r\ncontent-type: application/octet-stream\r\n\r\n${'x'.repeat(2000)}\r\n--${boundary}--\r\n`;
      const response = await postRaw(`${test.app.url}/api/messages`, { 'content-type': `multipart/form-data; boundary=${boundary}` }, body);
      assert.equal(response.status, 415);
    });

    it('serves only loopback host names: a page reaching loopback through its own host name gets 403', async () => {
      const message = JSON.stringify(teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'c-rebound' }));
      for (const host of ['attacker.example', 'attacker.example:3978', '127.0.0.1.attacker.example', 'localhost.', '10.0.0.1']) {
        for (const path of ['/api/messages', '/healthz', '/readyz']) {
          const url = `${test.app.url}${path}`;
          const response = path === '/api/messages' ? await postRaw(url, { host, 'content-type': 'application/json' }, message) : await getRaw(url, { host });
          assert.equal(response.status, 403, `${host} ${path}`);
        }
      }
      assert.equal(test.capture.sentTo('c-rebound').length, 0);
      const port = new URL(test.app.url).port;
      for (const host of ['127.0.0.1', `127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST', `[::1]:${port}`]) {
        const response = await getRaw(`${test.app.url}/healthz`, { host });
        assert.equal(response.status, 200, host);
      }
    });

    it('refuses expectReplies, which would return the reply in the HTTP response', async () => {
      const message = teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'c-expect' }, { deliveryMode: 'expectReplies' });
      const response = await test.post(message);
      assert.equal(response.status, 400);
      assert.ok(!response.text.includes('Contoso'), 'no company data in the answer');
      assert.equal(test.capture.sentTo('c-expect').length, 0);
    });

    it('tells the user in their language that something went wrong, without internals', async () => {
      sinon.stub(DirectoryRepository.prototype, 'getUser').rejects(new Error('secret internal detail'));
      const conversationId = 'conv-failure';
      const response = await test.post(
        teamsMessage('help', { serviceUrl: test.capture.url, conversationId, locale: 'de-DE' }),
      );
      assert.equal(response.status, 200, 'the failure is handled inside the turn');
      const [reply] = await test.capture.waitFor(1, conversationId);
      assert.equal(reply.text, translatorFor('de')('errors.generic'));
      assert.ok(!JSON.stringify(reply).includes('secret'));
      assert.ok(test.logLines.some((line) => line.includes('turn failed') && line.includes('secret internal detail')));
    });

    it('logs a failing connector reply with the activity id and does not crash', async () => {
      const message = teamsMessage('help', { serviceUrl: 'http://127.0.0.1:9/', conversationId: 'conv-no-connector' });
      const response = await test.post(message);
      assert.equal(response.status, 200, 'the failure is handled inside the turn');
      assert.ok(test.logLines.some((line) => line.includes('turn failed') && line.includes(message.id)));
      assert.equal((await fetch(`${test.app.url}/healthz`)).status, 200);
    });
  });

  describe('with app credentials', () => {
    let test: TestApp;
    before(async () => {
      test = await startTestApp({
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        HOST: '127.0.0.1',
      });
    });
    after(async () => {
      await test.stop();
    });

    it('refuses a request without a token with 401', async () => {
      const response = await test.post(teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'c-noauth' }));
      assert.equal(response.status, 401);
      assert.equal(test.capture.sentTo('c-noauth').length, 0);
    });

    it('refuses a request without a token before reading its body', async () => {
      const response = await postStreamedBody(`${test.app.url}/api/messages`, { 'content-type': 'application/json' }, {
        chunk: Buffer.alloc(1024, ' '),
        maxBytes: 8 * 1024 * 1024,
      });
      assert.equal(response.status, 401);
      assert.ok(response.answeredBeforeTheEnd);
    });

    it('serves host names other than loopback: the token authenticates requests', async () => {
      const response = await postRaw(`${test.app.url}/api/messages`, { host: 'mpn-bot.example', 'content-type': 'application/json' }, '{}');
      assert.equal(response.status, 401);
      assert.equal((await getRaw(`${test.app.url}/healthz`, { host: 'mpn-bot.example' })).status, 200);
    });

    it('refuses a request with a malformed bearer token with 401', async () => {
      const response = await test.post(teamsMessage('help', { serviceUrl: test.capture.url }), {
        authorization: 'Bearer not.a.token',
      });
      assert.equal(response.status, 401);
    });
  });

  describe('with a tenant allow-list', () => {
    let test: TestApp;
    before(async () => {
      test = await startTestApp({ ALLOWED_TENANTS: `${DEMO_TENANT_ID}, 99999999-0000-0000-0000-000000000000` });
    });
    after(async () => {
      await test.stop();
    });
    afterEach(() => sinon.restore());

    it('serves the allowed tenant', async () => {
      await test.post(teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'c-allowed' }));
      const [reply] = await test.capture.waitFor(1, 'c-allowed');
      assert.ok(JSON.stringify(reply).includes('Contoso Cloud Partners'));
    });

    it('gives another tenant a notice and no data, without reading the store', async () => {
      const read = sinon.spy(DirectoryRepository.prototype, 'getTenant');
      await test.post(
        teamsMessage('help', {
          serviceUrl: test.capture.url,
          conversationId: 'c-foreign',
          tenantId: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
        }),
      );
      const [reply] = await test.capture.waitFor(1, 'c-foreign');
      assert.equal(reply.text, translatorFor('en')('access.tenantNotAllowed'));
      assert.equal(reply.attachments, undefined);
      assert.equal(read.callCount, 0);
    });
  });
});
