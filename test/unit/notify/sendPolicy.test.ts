import { strict as assert } from 'node:assert';
import type { StoredNotification } from '../../../bot/notify/outbox';
import { SendPolicy } from '../../../bot/notify/sendPolicy';

const LEASE_MS = 60_000;
const policy = new SendPolicy({ leaseMs: LEASE_MS, maxAttempts: 3, backoffBaseMs: 1_000 }, () => 0.5);

/** A notification claimed at `claimedAt` for a lease, with `attempts` failed so far. */
function claimed(claimedAt: number, attempts = 0): StoredNotification {
  const leaseUntil = new Date(claimedAt + LEASE_MS).toISOString();
  return { id: 'outbox:e:p', tenantId: 't', type: 'outbox', eventId: 'e', event: 'expiry', payload: {}, recipient: 'p', locale: 'en', status: 'pending', attempts, createdAt: '', nextAttemptAt: leaseUntil, claimedBy: 'me', leaseUntil, _etag: 'x' };
}

describe('notify/sendPolicy', () => {
  it('starts a send only while a tenth of the lease is left, so it ends before another instance can take it over', () => {
    const notification = claimed(0);
    assert.equal(policy.leaseLeftToSend(notification, 0), true);
    assert.equal(policy.leaseLeftToSend(notification, 54_000), true);
    assert.equal(policy.leaseLeftToSend(notification, 54_001), false);
  });

  it('holds a notification behind its conversation’s limits for at most a quarter lease', () => {
    assert.equal(policy.maxHoldMs, 15_000);
  });

  it('waits out a Retry-After that ends before the last quarter of the lease, under the claim', () => {
    assert.deepEqual(policy.afterFailure(claimed(0), { kind: 'throttled', retryAfterMs: 1_000, reason: '429' }, 10_000), { kind: 'retry', at: 11_000 });
  });

  it('puts a throttled notification back until Retry-After ends when that is later, not counting an attempt', () => {
    assert.deepEqual(policy.afterFailure(claimed(0), { kind: 'throttled', retryAfterMs: 35_000, reason: '429' }, 10_000), {
      kind: 'putOff',
      at: 45_000,
      countAttempt: false,
      reason: '429',
    });
  });

  it('backs off exponentially after a transient failure, counting the attempt, and gives up after the last one', () => {
    const transient = { kind: 'transient', reason: '503 ServiceError' } as const;
    assert.deepEqual(policy.afterFailure(claimed(0, 0), transient, 0), { kind: 'putOff', at: 750, countAttempt: true, reason: '503 ServiceError' });
    assert.deepEqual(policy.afterFailure(claimed(0, 1), transient, 0), { kind: 'putOff', at: 1_500, countAttempt: true, reason: '503 ServiceError' });
    assert.deepEqual(policy.afterFailure(claimed(0, 2), transient, 0), { kind: 'giveUp', reason: 'gave up after 3 attempts: 503 ServiceError', countAttempt: true });
  });

  it('gives up at once when the chat is gone or retrying cannot help', () => {
    assert.deepEqual(policy.afterFailure(claimed(0), { kind: 'conversationGone', reason: '404 ConversationNotFound' }, 0), {
      kind: 'conversationGone',
      reason: '404 ConversationNotFound',
    });
    assert.deepEqual(policy.afterFailure(claimed(0), { kind: 'permanent', reason: '400 BadArgument' }, 0), { kind: 'giveUp', reason: '400 BadArgument', countAttempt: true });
  });
});
