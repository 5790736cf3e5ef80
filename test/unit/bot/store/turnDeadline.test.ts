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

  it("gives the turn a deadline whose check refuses, as the store being busy, once it has passed", async () => {
    const checks: unknown[] = [];
    let resume!: () => void;
    const turn = withinTurnDeadline(1000, async (deadline) => {
      deadline.check();
      checks.push('before: allowed');
      await new Promise<void>((resolve) => (resume = resolve));
      deadline.check();
      checks.push('after: allowed');
    });
    const outcome = turn.catch(() => undefined);
    await clock.tickAsync(1000);
    await outcome;
    resume();
    await clock.tickAsync(0);
    assert.deepEqual(checks, ['before: allowed'], 'the check after the deadline threw');
  });

  it('refuses with the store busy, so the turn error handler answers as for a slow store', async () => {
    let resume!: () => void;
    let refusal: unknown;
    const turn = withinTurnDeadline(1000, async (deadline) => {
      await new Promise<void>((resolve) => (resume = resolve));
      try {
        deadline.check();
      } catch (error) {
        refusal = error;
      }
    });
    turn.catch(() => undefined);
    await clock.tickAsync(1000);
    resume();
    await clock.tickAsync(0);
    assert.equal(storeUnavailableIn(refusal)?.reason, 'busy');
  });

  it('lets a turn within its deadline finish with its own result', async () => {
    const turn = withinTurnDeadline(1000, async (deadline) => {
      deadline.check();
      return storeCall(async () => 'answered');
    });
    assert.equal(await turn, 'answered');
  });
});
