import { strict as assert } from 'node:assert';
import { backoffMs, failureOf, SendFailed } from '../../../bot/notify/sendFailures';

describe('notify/sendFailures', () => {
  it('takes a sender’s reading of a failed send as it is', () => {
    const failure = { kind: 'conversationGone', reason: '403 MessageWritesBlocked' } as const;
    assert.deepEqual(failureOf(new SendFailed(failure)), failure);
  });

  it('retries whatever else a sender throws, keeping its message as the reason', () => {
    assert.deepEqual(failureOf(new Error('socket hang up')), { kind: 'transient', reason: 'socket hang up' });
    assert.deepEqual(failureOf('odd'), { kind: 'transient', reason: 'odd' });
  });

  it('doubles the backoff per attempt, with jitter between half and all of it, up to the cap', () => {
    assert.equal(backoffMs(1, () => 0), 500);
    assert.equal(backoffMs(1, () => 1), 1_000);
    assert.equal(backoffMs(3, () => 0.5), 3_000);
    assert.equal(backoffMs(30, () => 1, 1_000, 60_000), 60_000);
  });
});
