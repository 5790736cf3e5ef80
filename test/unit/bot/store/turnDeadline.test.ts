import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { storeCall, storeUnavailableIn } from '../../../../bot/store/errors';
import { withinTurnDeadline } from '../../../../bot/store/turnDeadline';

describe('bot/store/turnDeadline', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers();
  });
  afterEach(() => clock.restore());

  it('fails a turn that outlasts its deadline as the store being busy, without waiting for it', async () => {
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const turn = withinTurnDeadline(10_000, () => stuck);
    const outcome = turn.then(
      () => undefined,
      (error: unknown) => error,
    );
    await clock.tickAsync(10_000);
    assert.equal(storeUnavailableIn(await outcome)?.reason, 'busy');
    release();
  });

  it('starts no store call for a turn once its deadline has passed', async () => {
    const calls: string[] = [];
    let resume!: () => void;
    const turn = withinTurnDeadline(1000, async () => {
      await new Promise<void>((resolve) => (resume = resolve));
      return storeCall(async () => calls.push('write'));
    });
    turn.catch(() => undefined);
    await clock.tickAsync(1000);
    resume();
    await clock.tickAsync(0);
    assert.deepEqual(calls, [], 'the write after the deadline was not made');
  });

  it('lets a turn within its deadline finish with its own result', async () => {
    const turn = withinTurnDeadline(1000, async () => storeCall(async () => 'answered'));
    assert.equal(await turn, 'answered');
  });
});
