import { strict as assert } from 'node:assert';
import { backoffMs, classifySendFailure, retryAfterMs } from '../../../bot/notify/sendFailures';

const connectorError = (statusCode: number, code: string, retryAfter?: string) =>
  Object.assign(new Error(code), { statusCode, code, response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } } });

describe('notify/sendFailures', () => {
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
    assert.equal(classifySendFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 0).kind, 'transient');
  });

  it('stops writing to a conversation on 403 (blocked) and 404 (gone)', () => {
    assert.deepEqual(classifySendFailure(connectorError(403, 'MessageWritesBlocked'), 0), { kind: 'conversationGone', reason: '403 MessageWritesBlocked' });
    assert.equal(classifySendFailure(connectorError(404, 'ConversationNotFound'), 0).kind, 'conversationGone');
  });

  it('does not retry what cannot work (400, 401, 413)', () => {
    for (const status of [400, 401, 413]) assert.equal(classifySendFailure(connectorError(status, 'X'), 0).kind, 'permanent');
  });

  it('doubles the backoff per attempt, with jitter between half and all of it, up to the cap', () => {
    assert.equal(backoffMs(1, () => 0), 500);
    assert.equal(backoffMs(1, () => 1), 1_000);
    assert.equal(backoffMs(3, () => 0.5), 3_000);
    assert.equal(backoffMs(30, () => 1, 1_000, 60_000), 60_000);
  });
});
