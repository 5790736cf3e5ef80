import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { translatorFor } from '../../bot/i18n';
import { teamsMessage } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';

describe('bad and unusual input', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp();
  });
  after(async () => {
    await test.stop();
  });

  const postRaw = (body: string, contentType: string) =>
    fetch(`${test.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers bodies that are not application/json with 415, and an empty JSON body with 400', async () => {
    const activity = JSON.stringify(teamsMessage('help', { serviceUrl: test.capture.url }));
    for (const [body, contentType, status] of [
      [activity, 'text/plain', 415],
      ['type=message&text=help', 'application/x-www-form-urlencoded', 415],
      ['<activity/>', 'application/xml', 415],
      [activity, 'application/json-patch+json', 415],
      ['', 'application/json', 400],
    ] as const) {
      const response = await postRaw(body, contentType);
      assert.equal(response.status, status, `${contentType}: ${body.slice(0, 30)}`);
    }
    assert.equal((await postRaw(activity, 'Application/JSON; charset=utf-8')).status, 200);
  });

  it('answers text in every language, emoji, right-to-left text and very long messages sensibly', async () => {
    const texts = ['Wie geht es?', 'Hoe gaat het?', '你好，我需要帮助吗？', '🎉🚀 benefits?', 'مرحبا، ما هي المزايا؟', 'שלום', 'x'.repeat(10_000)];
    for (const [index, text] of texts.entries()) {
      const conversationId = `odd-${index}`;
      const response = await test.post(teamsMessage(text, { serviceUrl: test.capture.url, conversationId }));
      assert.equal(response.status, 200, text.slice(0, 20));
      const [reply] = await test.capture.waitFor(1, conversationId);
      const answer = typeof reply?.text === 'string' ? reply.text : '';
      assert.ok(answer.includes('help'), `points to help: ${answer.slice(0, 80)}`);
      assert.ok(answer.length < 400, 'does not echo a huge message back');
    }
  });

  it('never answers a random activity with a stack trace, and keeps serving', async function () {
    this.timeout(120_000);
    const jsonValue = fc.jsonValue({ maxDepth: 3 });
    const activityShape = fc.record(
      {
        type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event', 'typing'), fc.string()),
        id: fc.oneof(fc.string(), fc.integer()),
        text: fc.oneof(fc.string({ maxLength: 300 }), jsonValue),
        value: jsonValue,
        channelId: fc.oneof(fc.constant('msteams'), fc.string()),
        serviceUrl: fc.oneof(fc.constant(test.capture.url), fc.string(), jsonValue),
        from: fc.oneof(fc.record({ id: fc.string(), aadObjectId: fc.oneof(fc.string(), fc.constant('00000000-0000-0000-0000-0000000000020')) }), jsonValue),
        conversation: fc.oneof(fc.record({ id: fc.string(), conversationType: fc.string(), tenantId: fc.string() }), jsonValue),
        recipient: jsonValue,
        channelData: jsonValue,
        locale: fc.oneof(fc.string(), fc.constantFrom('de-DE', 'zh-CN'), jsonValue),
        membersAdded: jsonValue,
      },
      { requiredKeys: ['type'] },
    );
    await fc.assert(
      fc.asyncProperty(activityShape, async (activity) => {
        const response = await test.post(activity);
        assert.ok(response.status < 500 || !/\n\s+at /.test(response.text), `stack trace for ${JSON.stringify(activity).slice(0, 200)}`);
        assert.ok(response.status !== 500 || response.text.length < 500);
      }),
      { numRuns: 150 },
    );
    assert.equal((await fetch(`${test.app.url}/healthz`)).status, 200, 'the process still serves');
  });

  it('answers an unknown card action with a clear message and no change', async () => {
    const conversationId = 'odd-card';
    await test.post(teamsMessage('', { serviceUrl: test.capture.url, conversationId }, { text: undefined, value: { action: 'everything.delete' } }));
    const [reply] = await test.capture.waitFor(1, conversationId);
    assert.equal(reply?.text, translatorFor('en')('refusals.invalidInput'));
  });
});
