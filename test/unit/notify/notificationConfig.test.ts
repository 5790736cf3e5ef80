import { strict as assert } from 'node:assert';
import { ConfigError, parseConfig } from '../../../bot/config';

describe('notification settings of the process', () => {
  it('has working defaults', () => {
    assert.deepEqual(parseConfig({}).notifications, {
      enabled: true,
      schedulerIntervalMs: 300_000,
      pollIntervalMs: 2_000,
      tenantRatePerSecond: 50,
      maxAttempts: 6,
      leaseMs: 60_000,
    });
  });

  it('reads every variable', () => {
    const config = parseConfig({
      NOTIFICATIONS_ENABLED: 'false',
      NOTIFY_SCHEDULER_INTERVAL_MS: '60000',
      NOTIFY_POLL_INTERVAL_MS: '500',
      NOTIFY_TENANT_RATE: '20',
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_LEASE_MS: '30000',
    });
    assert.deepEqual(config.notifications, { enabled: false, schedulerIntervalMs: 60_000, pollIntervalMs: 500, tenantRatePerSecond: 20, maxAttempts: 3, leaseMs: 30_000 });
  });

  for (const [name, value] of [
    ['NOTIFICATIONS_ENABLED', 'yes'],
    ['NOTIFY_SCHEDULER_INTERVAL_MS', '10'],
    ['NOTIFY_POLL_INTERVAL_MS', 'often'],
    ['NOTIFY_TENANT_RATE', '0'],
    ['NOTIFY_TENANT_RATE', '5000'],
    ['NOTIFY_MAX_ATTEMPTS', '0'],
    ['NOTIFY_LEASE_MS', '500'],
  ]) {
    it(`refuses ${name}=${value}, naming the variable`, () => {
      assert.throws(() => parseConfig({ [name]: value }), (error: unknown) => error instanceof ConfigError && error.problems.some((problem) => problem.startsWith(name)));
    });
  }
});
