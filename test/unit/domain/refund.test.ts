import { strict as assert } from 'node:assert';
import { anySoftwareActivated, Benefit, REFUND_WINDOW_DAYS, refundEligibility } from '../../../bot/domain';
import { utc, visualStudio } from './fixtures';

function software(activated: boolean): Benefit {
  return {
    benefitId: `sw-${activated}`,
    name: 'Windows',
    quantity: 1,
    status: activated ? 'active' : 'available',
    category: 'software',
    products: [],
    activated,
  };
}

describe('domain/refund (30 days from purchase, software not activated)', () => {
  it('has a 30-day window', () => {
    assert.equal(REFUND_WINDOW_DAYS, 30);
  });

  it('is eligible on day 30, late in the UTC day', () => {
    assert.deepEqual(refundEligibility('2026-03-01', utc('2026-03-31T23:59:59Z'), false), {
      eligible: true,
      failures: [],
      deadline: '2026-03-31',
    });
  });

  it('is eligible on the purchase day', () => {
    assert.equal(refundEligibility('2026-03-01', utc('2026-03-01T08:00:00Z'), false).eligible, true);
  });

  it('is not eligible on day 31', () => {
    assert.deepEqual(refundEligibility('2026-03-01', utc('2026-04-01T00:00:00Z'), false), {
      eligible: false,
      failures: ['windowPassed'],
      deadline: '2026-03-31',
    });
  });

  it('is not eligible once software is activated, even inside the window', () => {
    assert.deepEqual(refundEligibility('2026-03-01', utc('2026-03-02T00:00:00Z'), true), {
      eligible: false,
      failures: ['softwareActivated'],
      deadline: '2026-03-31',
    });
  });

  it('reports both failures together', () => {
    assert.deepEqual(refundEligibility('2026-03-01', utc('2026-05-01T00:00:00Z'), true).failures, [
      'windowPassed',
      'softwareActivated',
    ]);
  });

  it('counts the window across February in a leap year', () => {
    assert.equal(refundEligibility('2024-02-01', utc('2024-03-02T12:00:00Z'), false).deadline, '2024-03-02');
    assert.equal(refundEligibility('2024-02-01', utc('2024-03-03T00:00:00Z'), false).eligible, false);
  });

  it('finds activated software among the benefits, ignoring other categories', () => {
    assert.equal(anySoftwareActivated([software(false), visualStudio()]), false);
    assert.equal(anySoftwareActivated([software(false), software(true)]), true);
    assert.equal(anySoftwareActivated([]), false);
  });
});
