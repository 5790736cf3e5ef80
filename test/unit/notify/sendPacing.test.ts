import { strict as assert } from 'node:assert';
import type { Clock } from '../../../bot/notify/clock';
import { SendPacing } from '../../../bot/notify/sendPacing';

/** A clock that only moves when slept on, and notes each sleep. */
function manualClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe('notify/sendPacing', () => {
  it('lets a conversation take 7 sends in a second, the 8th once the first has left the window', () => {
    const clock = manualClock();
    const pacing = new SendPacing(50, clock);
    for (let index = 0; index < 7; index += 1) {
      assert.equal(pacing.conversationReadyAt('t/p', clock.now()), 0);
      pacing.answered('t', 't/p', pacing.started('t', 't/p'));
    }
    assert.equal(pacing.conversationReadyAt('t/p', clock.now()), 1_000);
    assert.equal(pacing.conversationReadyAt('t/other', clock.now()), 0, 'another conversation is not held');
  });

  it('waits for the company’s rate across its conversations', async () => {
    const clock = manualClock();
    const pacing = new SendPacing(2, clock);
    pacing.started('t', 't/a');
    pacing.started('t', 't/b');
    await pacing.waitForTenant('t');
    assert.deepEqual(clock.sleeps, [1_000]);
    await pacing.waitForTenant('other company');
    assert.deepEqual(clock.sleeps, [1_000], 'another company has its own rate');
  });

  it('counts a send until it is answered', async () => {
    const clock = manualClock();
    const pacing = new SendPacing(1, clock);
    const startedAt = pacing.started('t', 't/a');
    await clock.sleep(3_000);
    pacing.answered('t', 't/a', startedAt);
    clock.sleeps.length = 0;
    await pacing.waitForTenant('t');
    assert.deepEqual(clock.sleeps, [1_000], 'a window after the answer, not after the start');
  });

  it('after a 429, holds the conversation until Retry-After ends, then waits for the company too', async () => {
    const clock = manualClock();
    const pacing = new SendPacing(1, clock);
    pacing.pause('t/a', 500);
    assert.equal(pacing.conversationReadyAt('t/a', clock.now()), 500);
    pacing.started('t', 't/b');
    await pacing.waitForBoth('t', 't/a');
    assert.equal(clock.now(), 1_000, 'the company’s one send per second outlasts the pause');
  });
});
