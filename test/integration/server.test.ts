import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { teamsMessage } from '../support/activities';
import { DEMO_TENANT_ID } from '../support/demo';
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

    it('reports the store as reachable on /healthz', async () => {
      const response = await fetch(`${test.app.url}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok', store: 'reachable' });
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

    it('tells the user in their language that something went wrong, without internals', async () => {
      sinon.stub(DirectoryRepository.prototype, 'getUser').rejects(new Error('secret internal detail'));
      const conversationId = 'conv-failure';
      const response = await test.post(
        teamsMessage('help', { serviceUrl: test.capture.url, conversationId, locale: 'de-DE' }),
      );
      assert.equal(response.status, 200, 'the failure is handled inside the turn');
      const [reply] = await test.capture.waitFor(1, conversationId);
      assert.equal(reply!.text, translatorFor('de')('errors.generic'));
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
      assert.equal(reply!.text, translatorFor('en')('access.tenantNotAllowed'));
      assert.equal(reply!.attachments, undefined);
      assert.equal(read.callCount, 0);
    });
  });
});
