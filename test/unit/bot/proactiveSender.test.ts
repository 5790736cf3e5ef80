import { strict as assert } from 'node:assert';
import { FakeTeamsConnector } from '../../../bench/fakeTeamsConnector';
import { createAdapter } from '../../../bot/adapter';
import type { ConversationAddress } from '../../../bot/domain/conversation';
import { SendFailed } from '../../../bot/notify/sendFailures';
import { AdapterProactiveSender, classifySendFailure, retryAfterMs } from '../../../bot/proactiveSender';

const connectorError = (statusCode: number, code: string, retryAfter?: string) =>
  Object.assign(new Error(code), { statusCode, code, response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } } });

describe('bot/proactiveSender: the connector’s answers read as our SendFailure', () => {
  it('waits on 429 as long as Retry-After says', () => {
    assert.deepEqual(classifySendFailure(connectorError(429, 'TooManyRequests', '3'), 0), { kind: 'throttled', retryAfterMs: 3_000, reason: '429 TooManyRequests' });
  });

  it('reads Retry-After as seconds or as a date, with a default and a cap', () => {
    assert.equal(retryAfterMs('2.5', 0), 2_500);
    assert.equal(retryAfterMs('Tue, 15 Dec 2026 09:00:05 GMT', Date.parse('2026-12-15T09:00:00Z')), 5_000);
    assert.equal(retryAfterMs(undefined, 0), 1_000);
    assert.equal(retryAfterMs('soon', 0), 1_000);
    assert.equal(retryAfterMs('86400', 0), 600_000);
  });

  it('retries 412, 502, 503, 504 and network failures', () => {
    for (const status of [412, 502, 503, 504]) assert.equal(classifySendFailure(connectorError(status, 'X'), 0).kind, 'transient', String(status));
    assert.deepEqual(classifySendFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 0), {
      kind: 'transient',
      reason: 'network ECONNRESET socket hang up',
    });
  });

  it('stops writing to a conversation on 403 (blocked) and 404 (gone)', () => {
    assert.deepEqual(classifySendFailure(connectorError(403, 'MessageWritesBlocked'), 0), { kind: 'conversationGone', reason: '403 MessageWritesBlocked' });
    assert.equal(classifySendFailure(connectorError(404, 'ConversationNotFound'), 0).kind, 'conversationGone');
  });

  it('does not retry what cannot work (400, 401, 413)', () => {
    for (const status of [400, 401, 413]) assert.equal(classifySendFailure(connectorError(status, 'X'), 0).kind, 'permanent');
  });

  describe('sending through the adapter to a Teams connector on loopback', () => {
    let connector: FakeTeamsConnector;
    beforeEach(async () => {
      connector = await new FakeTeamsConnector().start();
    });
    afterEach(() => connector.stop());

    const address = (conversationId: string) =>
      ({
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant', isGroup: false, name: '' },
        bot: { id: '28:bot', name: 'bot' },
        user: { id: '29:person', name: 'person' },
      }) as ConversationAddress;

    const failureOfSend = async (conversationId: string) => {
      const sender = new AdapterProactiveSender(createAdapter({}), undefined);
      try {
        await sender.send(address(conversationId), { type: 'message', text: 'hello' });
      } catch (error) {
        assert.ok(error instanceof SendFailed, `threw ${String(error)}`);
        return error.failure;
      }
      return undefined;
    };

    it('resolves once Teams took the message', async () => {
      assert.equal(await failureOfSend('a:delivered'), undefined);
      assert.equal(connector.delivered('a:delivered').length, 1);
    });

    it('throws the answer read as our SendFailure, whatever the connector client threw', async () => {
      connector.answer('a:blocked', 403);
      assert.deepEqual(await failureOfSend('a:blocked'), { kind: 'conversationGone', reason: '403 MessageWritesBlocked' });
      connector.setRetryAfter(7);
      connector.answer('a:throttled', 429);
      assert.deepEqual(await failureOfSend('a:throttled'), { kind: 'throttled', retryAfterMs: 7_000, reason: '429 TooManyRequests' });
    });
  });
});
