import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { PollLoop } from '../../../bot/notify/pollLoop';

describe('notify/pollLoop', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers();
  });
  afterEach(() => clock.restore());

  /** A loop whose passes find what `found` holds, one entry per pass (nothing once it is empty). */
  function loopFinding(found: number[]): { loop: PollLoop; passes: boolean[] } {
    const passes: boolean[] = [];
    const loop = new PollLoop(async (woken) => {
      passes.push(woken);
      return found.shift() ?? 0;
    }, 2_000);
    return { loop, passes };
  }

  it('runs a pass at start, then one per poll interval while nothing is found', async () => {
    const { loop, passes } = loopFinding([]);
    loop.start();
    await clock.tickAsync(0);
    assert.deepEqual(passes, [false]);
    await clock.tickAsync(1_999);
    assert.equal(passes.length, 1);
    await clock.tickAsync(1);
    assert.deepEqual(passes, [false, false]);
    await loop.stop();
  });

  it('goes on at once after a pass that found work', async () => {
    const { loop, passes } = loopFinding([3, 2]);
    loop.start();
    await clock.tickAsync(0);
    assert.equal(passes.length, 3, 'two passes with work, then one that found none');
    await loop.stop();
  });

  it('runs a woken pass at once when woken while idle, and again after a wake during a pass', async () => {
    let wakeDuringPass = false;
    const passes: boolean[] = [];
    const loop = new PollLoop(async (woken) => {
      passes.push(woken);
      if (wakeDuringPass) {
        wakeDuringPass = false;
        loop.wake();
      }
      return 0;
    }, 60_000);
    loop.start();
    await clock.tickAsync(0);
    loop.wake();
    await clock.tickAsync(0);
    assert.deepEqual(passes, [false, true]);
    wakeDuringPass = true;
    loop.wake();
    await clock.tickAsync(0);
    assert.deepEqual(passes, [false, true, true, true]);
    await loop.stop();
  });

  it('stops while idle without waiting out the interval, and tells passes under way that it stops', async () => {
    let release!: () => void;
    let seenStopping: boolean | undefined;
    const loop = new PollLoop(
      () =>
        new Promise<number>((resolve) => {
          release = () => {
            seenStopping = loop.stopping;
            resolve(1);
          };
        }),
      60_000,
    );
    loop.start();
    await clock.tickAsync(0);
    const stopped = loop.stop();
    release();
    await stopped;
    assert.equal(seenStopping, true);
    assert.equal(loop.stopping, true);
    loop.start();
    assert.equal(loop.stopping, false, 'a new start runs again');
    await clock.tickAsync(0);
    const idleStop = loop.stop();
    release();
    await idleStop;
  });
});
