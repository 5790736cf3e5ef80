import { strict as assert } from 'node:assert';
import { SlidingWindowLimiter, TEAMS_CONVERSATION_WINDOWS } from '../../../bot/notify/rateLimits';

describe('notify/rateLimits', () => {
  it('allows 7 sends in a second to a conversation, the 8th once the first leaves the window', () => {
    const limiter = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
    for (let index = 0; index < 7; index += 1) {
      assert.equal(limiter.nextAllowedAt('c', index * 10), index * 10);
      limiter.record('c', index * 10);
    }
    assert.equal(limiter.nextAllowedAt('c', 70), 1_000);
  });

  it('allows only 8 in 2 seconds even when each second holds fewer than 7', () => {
    const limiter = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
    [0, 100, 200, 300, 1_000, 1_100, 1_200, 1_300].forEach((at) => limiter.record('c', at));
    assert.equal(limiter.nextAllowedAt('c', 1_400), 2_000);
  });

  it('allows 60 in 30 seconds and 1,800 in an hour', () => {
    const thirty = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
    for (let index = 0; index < 60; index += 1) thirty.record('c', index * 400);
    assert.equal(thirty.nextAllowedAt('c', 24_000), 30_000);
    const hour = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
    for (let index = 0; index < 1_800; index += 1) hour.record('c', index * 1_000);
    assert.equal(hour.nextAllowedAt('c', 1_800_000), 3_600_000);
  });

  it('counts a send until its answer has left the window, since the connector counts it on arrival', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 2, windowMs: 1_000 }]);
    limiter.record('c', 0);
    limiter.record('c', 10);
    assert.equal(limiter.nextAllowedAt('c', 20), 1_000, 'unanswered sends count from their start');
    limiter.answered('c', 0, 300);
    assert.equal(limiter.nextAllowedAt('c', 20), 1_010, 'the send started later now leaves the window first');
    limiter.answered('c', 10, 40);
    assert.equal(limiter.nextAllowedAt('c', 20), 1_040, 'answered sends count until their answer');
    limiter.record('c', 1_040);
    assert.equal(limiter.nextAllowedAt('c', 1_040), 1_300);
  });

  it('keeps conversations apart and honours a pause', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 1, windowMs: 1_000 }]);
    limiter.record('a', 0);
    assert.equal(limiter.nextAllowedAt('b', 0), 0);
    assert.equal(limiter.nextAllowedAt('a', 0), 1_000);
    limiter.pause('b', 5_000);
    assert.equal(limiter.nextAllowedAt('b', 0), 5_000);
  });

  it('forgets what has left every window', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 1, windowMs: 1_000 }]);
    limiter.record('a', 0);
    limiter.prune(1_001);
    assert.equal(limiter.nextAllowedAt('a', 500), 500);
  });
});
