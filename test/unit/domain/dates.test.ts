import { strict as assert } from 'node:assert';
import {
  addDays,
  anniversary,
  dateOfDayNumber,
  daysFromTo,
  IsoDate,
  IsoDateTime,
  todayUtc,
  utcDayNumber,
} from '../../../bot/domain';

describe('domain/dates', () => {
  it('counts UTC calendar days whatever the time of day or offset', () => {
    assert.equal(utcDayNumber('1970-01-02'), 1);
    assert.equal(utcDayNumber(new Date('1970-01-02T23:59:59.999Z')), 1);
    assert.equal(utcDayNumber('1970-01-03T00:30:00+01:00'), 1);
    assert.equal(dateOfDayNumber(1), '1970-01-02');
  });

  it('gives today in UTC, not in local time', () => {
    assert.equal(todayUtc(new Date('2026-11-21T23:30:00-05:00')), '2026-11-22');
  });

  it('adds days across month and leap-day boundaries', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });

  it('measures whole days between two dates', () => {
    assert.equal(daysFromTo('2026-01-01', '2026-01-31'), 30);
    assert.equal(daysFromTo('2026-01-31', '2026-01-01'), -30);
  });

  it('keeps a 29 February anniversary inside February in common years', () => {
    assert.equal(anniversary('2024-02-29', 1), '2025-02-28');
    assert.equal(anniversary('2024-02-29', 4), '2028-02-29');
    assert.equal(anniversary('2026-01-15', 1), '2027-01-15');
  });

  it('refuses to compute with an invalid date instead of answering NaN', () => {
    assert.throws(() => utcDayNumber('not a date'), RangeError);
  });

  it('accepts only real ISO dates and datetimes', () => {
    assert.equal(IsoDate.safeParse('2026-02-28').success, true);
    assert.equal(IsoDate.safeParse('2026-02-30').success, false);
    assert.equal(IsoDate.safeParse('2026-02-28T00:00:00Z').success, false);
    assert.equal(IsoDateTime.safeParse('2026-02-28T10:00:00Z').success, true);
    assert.equal(IsoDateTime.safeParse('2026-02-28T10:00:00+01:00').success, true);
    assert.equal(IsoDateTime.safeParse('2026-02-28').success, false);
  });
});
