import { strict as assert } from 'node:assert';
import type { Clock } from '../../../bot/notify/clock';
import { CompaniesToVisit } from '../../../bot/notify/companiesToVisit';

describe('notify/companiesToVisit', () => {
  let now: number;
  let listings: number;
  let lookedAt: string[];
  let visit: CompaniesToVisit;
  beforeEach(() => {
    now = 0;
    listings = 0;
    lookedAt = [];
    const clock: Clock = { now: () => now, sleep: async () => undefined };
    const tenants = {
      listTenantIds: async () => {
        listings += 1;
        return ['a', 'b', 'c'];
      },
    };
    const watch = {
      needsLook: async (tenantId: string) => {
        lookedAt.push(tenantId);
        return tenantId !== 'b';
      },
    };
    visit = new CompaniesToVisit(tenants, watch, clock);
  });

  it('woken, visits every company, listed afresh', async () => {
    assert.deepEqual(await visit.forPass(true), ['a', 'b', 'c']);
    assert.deepEqual(await visit.forPass(true), ['a', 'b', 'c']);
    assert.equal(listings, 2);
    assert.deepEqual(lookedAt, [], 'no outbox signal read');
  });

  it('between wake-ups, visits only the companies whose outbox may hold something due', async () => {
    assert.deepEqual(await visit.forPass(false), ['a', 'c']);
    assert.deepEqual(lookedAt, ['a', 'b', 'c']);
  });

  it('between wake-ups, lists the companies again after 30 seconds, not before', async () => {
    await visit.forPass(false);
    now = 29_999;
    await visit.forPass(false);
    assert.equal(listings, 1);
    now = 30_000;
    await visit.forPass(false);
    assert.equal(listings, 2);
  });
});
