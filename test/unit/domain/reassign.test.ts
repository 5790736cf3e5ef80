import { strict as assert } from 'node:assert';
import { canReassign, REASSIGN_WAIT_DAYS, reassignAllowedFrom } from '../../../bot/domain';
import { utc } from './fixtures';

describe('domain/reassign (Visual Studio, 90 days since the original assignment)', () => {
  const assignedAt = '2026-01-10T22:15:00Z';

  it('waits 90 days', () => {
    assert.equal(REASSIGN_WAIT_DAYS, 90);
  });

  it('is allowed from the UTC date 90 days after the assignment date', () => {
    assert.equal(reassignAllowedFrom(assignedAt), '2026-04-10');
  });

  it('refuses on day 89, even at its last millisecond', () => {
    assert.equal(canReassign(assignedAt, utc('2026-04-09T23:59:59.999Z')), false);
  });

  it('allows on day 90, even before the hour of the original assignment', () => {
    assert.equal(canReassign(assignedAt, utc('2026-04-10T00:00:00Z')), true);
  });

  it('allows after day 90', () => {
    assert.equal(canReassign(assignedAt, utc('2026-11-21T12:00:00Z')), true);
  });

  it('refuses on the day of the assignment', () => {
    assert.equal(canReassign(assignedAt, utc('2026-01-10T23:00:00Z')), false);
  });

  it('counts the assignment date in UTC when it was recorded with an offset', () => {
    assert.equal(reassignAllowedFrom('2026-01-11T00:30:00+02:00'), '2026-04-10');
  });

  it('throws on an unreadable assignment time', () => {
    assert.throws(() => canReassign('yesterday', utc('2026-01-01T00:00:00Z')), RangeError);
  });
});
