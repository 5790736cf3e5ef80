import { strict as assert } from 'node:assert';
import { formatDate } from '../../../../cards/shared/formatting';

describe('cards/shared/formatting: dates', () => {
  it('writes a day as each reader writes dates, again and again', () => {
    for (let round = 0; round < 2; round += 1) {
      assert.equal(formatDate('2026-11-21', 'en'), 'November 21, 2026');
      assert.equal(formatDate('2026-11-21', 'de'), '21. November 2026');
      assert.equal(formatDate('2026-11-21T15:00:00Z', 'nl'), '21 november 2026');
      assert.equal(formatDate('2026-11-21', 'zh-CN'), '2026年11月21日');
    }
  });
});
