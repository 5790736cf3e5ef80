import { strict as assert } from 'node:assert';
import { cachedProbe } from '../../../bot/readiness';

describe('bot/readiness cachedProbe', () => {
  let now = 0;
  let calls = 0;
  let answer: boolean | Error = true;
  const probe = async (): Promise<boolean> => {
    calls += 1;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  beforeEach(() => {
    now = 1_000_000;
    calls = 0;
    answer = true;
  });

  it('asks once within the maximum age, then again', async () => {
    const ready = cachedProbe(probe, 5000, () => now);
    assert.equal(await ready(), true);
    answer = false;
    now += 4999;
    assert.equal(await ready(), true);
    assert.equal(calls, 1);
    now += 1;
    assert.equal(await ready(), false);
    assert.equal(calls, 2);
  });

  it('lets concurrent callers share one question', async () => {
    const ready = cachedProbe(probe, 5000, () => now);
    assert.deepEqual(await Promise.all([ready(), ready(), ready()]), [true, true, true]);
    assert.equal(calls, 1);
  });

  it('takes a failing probe for an unready store', async () => {
    answer = new Error('connection refused');
    const ready = cachedProbe(probe, 5000, () => now);
    assert.equal(await ready(), false);
  });
});
