import { strict as assert } from 'node:assert';
import { ConfigError, parseConfig } from '../../../bot/config';

describe('retention settings of the process', () => {
  it('keeps audit events a year and finished notifications 30 days, and purges the embedded store hourly', () => {
    assert.deepEqual(parseConfig({}).retention, { auditDays: 365, finishedOutboxDays: 30, purgeIntervalMs: 3_600_000 });
  });

  it('reads every variable', () => {
    const config = parseConfig({ AUDIT_RETENTION_DAYS: '730', OUTBOX_RETENTION_DAYS: '7', RETENTION_PURGE_INTERVAL_MS: '60000' });
    assert.deepEqual(config.retention, { auditDays: 730, finishedOutboxDays: 7, purgeIntervalMs: 60_000 });
  });

  for (const [name, value] of [
    ['AUDIT_RETENTION_DAYS', '0'],
    ['AUDIT_RETENTION_DAYS', 'forever'],
    // Azure Cosmos DB holds a ttl in seconds in 32 bits: 24,855 days at the most.
    ['AUDIT_RETENTION_DAYS', '24856'],
    ['OUTBOX_RETENTION_DAYS', '1.5'],
    ['OUTBOX_RETENTION_DAYS', '-1'],
    ['RETENTION_PURGE_INTERVAL_MS', '10'],
  ]) {
    it(`refuses ${name}=${value}, naming the variable`, () => {
      assert.throws(
        () => parseConfig({ [name]: value }),
        (error: unknown) => error instanceof ConfigError && error.problems.some((problem) => problem.startsWith(name)),
      );
    });
  }

  it('accepts the longest retention Azure Cosmos DB can hold', () => {
    assert.equal(parseConfig({ AUDIT_RETENTION_DAYS: '24855' }).retention.auditDays, 24_855);
  });
});
