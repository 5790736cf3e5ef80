import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import type { Dispatcher } from '../../bot/notify/dispatcher';
import type { ProactiveSender } from '../../bot/notify/proactiveSender';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demo';
import { startDeliveryHarness, type DeliveryHarness } from '../unit/notify/deliveryHarness';

const ALEX = DEMO_USERS.alex.aadObjectId;

async function eventually(condition: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('finding due notifications (one query per pass, the outbox signal, leases)', () => {
  let harness: DeliveryHarness;
  let running: Dispatcher | undefined;
  beforeEach(async () => {
    harness = await startDeliveryHarness();
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    sinon.restore();
    await harness.stop();
  });

  it('finds a fan-out with one query, claims it batch by batch, and reads the chats in bulk', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-15T09:00:00Z'), toFake: ['Date'] });
    const people = Array.from({ length: 300 }, (_unused, index) => `fan-${index}`);
    await Promise.all(people.map((person) => harness.install(person)));
    await harness.enqueue('fanout', people);
    const sent: string[] = [];
    const sender: ProactiveSender = { send: async (reference) => void sent.push(String(reference.conversation?.id)) };
    const fakeSleep = { now: () => Date.now(), sleep: async (ms: number) => void clock.tick(Math.max(0, ms)) };
    // 100 per second: claims of 200, two seconds of sending each.
    const dispatcher = harness.dispatcher({ tenantRatePerSecond: 100 }, { sender, clock: fakeSleep });
    const before = harness.storeRequests();
    assert.equal(await dispatcher.dispatchDue(), 300);
    const after = harness.storeRequests();
    assert.equal(new Set(sent).size, 300);
    assert.equal(after.queries - before.queries, 2, 'the list of companies and one query of the outbox');
    assert.ok(after.pointReads - before.pointReads <= 3, `${after.pointReads - before.pointReads} point reads: the outbox signal, not a chat each`);
    for (const person of [people[0], people[299]]) assert.equal((await harness.notification('fanout', person)).status, 'sent');
  });

  it('queries again within its pass when notifications were recorded meanwhile, and only then', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-15T09:00:00Z'), toFake: ['Date'] });
    const first = Array.from({ length: 6 }, (_unused, index) => `first-${index}`);
    const meanwhile = Array.from({ length: 4 }, (_unused, index) => `meanwhile-${index}`);
    await Promise.all([...first, ...meanwhile].map((person) => harness.install(person)));
    await harness.enqueue('first', first);
    let recorded = false;
    const sender: ProactiveSender = {
      async send() {
        if (recorded) return;
        recorded = true;
        await harness.enqueue('meanwhile', meanwhile);
      },
    };
    const fakeSleep = { now: () => Date.now(), sleep: async (ms: number) => void clock.tick(Math.max(0, ms)) };
    // One per second: claims of 2, so the pass is still sending when the others are recorded.
    const dispatcher = harness.dispatcher({ tenantRatePerSecond: 1 }, { sender, clock: fakeSleep });
    const before = harness.storeRequests().queries;
    assert.equal(await dispatcher.dispatchDue(), 10, 'one pass delivers both');
    assert.equal(harness.storeRequests().queries - before, 3, 'the companies, the outbox, and the outbox again once');
  });

  it('rings the outbox signal when it records something new, and when it gets claims handed back', async () => {
    const initial = await harness.outbox.signalVersion(DEMO_TENANT_ID);
    await harness.enqueue('signal', [ALEX]);
    const recorded = await harness.outbox.signalVersion(DEMO_TENANT_ID);
    assert.notEqual(recorded, initial);
    await harness.enqueue('signal', [ALEX]);
    assert.equal(await harness.outbox.signalVersion(DEMO_TENANT_ID), recorded, 'recorded before: nothing new');
    const claimed = await harness.outbox.claim(await harness.outbox.findDue(DEMO_TENANT_ID, Date.now(), 10), {
      now: Date.now(),
      instanceId: 'stopping',
      leaseMs: 60_000,
    });
    assert.equal(claimed.length, 1);
    await harness.outbox.handBack(claimed, Date.now());
    assert.notEqual(await harness.outbox.signalVersion(DEMO_TENANT_ID), recorded);
    const handedBack = await harness.notification('signal', ALEX);
    assert.equal(handedBack.status, 'pending');
    assert.equal(handedBack.claimedBy, undefined);
    assert.ok(Date.parse(handedBack.nextAttemptAt) <= Date.now(), 'due at once');
  });

  describe('a running dispatcher', () => {
    let conversation: string;
    beforeEach(async () => {
      conversation = await harness.install(ALEX);
    });

    it('reads only the outbox signal while nothing is recorded, and delivers what another instance records', async () => {
      running = harness.dispatcher({ pollIntervalMs: 20, leaseMs: 60_000 });
      running.start();
      await eventually(() => harness.storeRequests().queries >= 2, 'the first look');
      await pause(100);
      const idle = harness.storeRequests();
      await pause(300);
      const later = harness.storeRequests();
      assert.equal(later.queries, idle.queries, 'no query while the signal stays put');
      assert.ok(later.pointReads - idle.pointReads >= 5, 'the signal is read at every poll');
      // Recorded by another instance: nothing wakes this dispatcher but the signal.
      await harness.enqueue('elsewhere', [ALEX]);
      await eventually(() => harness.connector.delivered(conversation).length === 1, 'the delivery');
    });

    it('looks again, untold, when a retry it put off falls due', async () => {
      harness.connector.answer(conversation, 503);
      running = harness.dispatcher({ pollIntervalMs: 20, leaseMs: 60_000, backoffBaseMs: 100 });
      running.start();
      await harness.enqueue('retry', [ALEX]);
      running.wake();
      await eventually(() => harness.connector.delivered(conversation).length === 1, 'the retry, well before a quarter lease');
      assert.deepEqual(harness.connector.requests.map((request) => request.status), [503, 200]);
    });

    it('takes over a crashed instance’s claim once its lease has run out, untold', async () => {
      await harness.enqueue('crash', [ALEX]);
      const due = await harness.outbox.findDue(DEMO_TENANT_ID, Date.now(), 10);
      const [claim] = await harness.outbox.claim(due, { now: Date.now(), instanceId: 'crashed', leaseMs: 600 });
      running = harness.dispatcher({ pollIntervalMs: 20, leaseMs: 600 });
      running.start();
      await eventually(() => harness.connector.delivered(conversation).length === 1, 'the takeover');
      const [delivery] = harness.connector.delivered(conversation);
      assert.ok(delivery.at >= Date.parse(claim.leaseUntil!), 'not before the lease ran out');
      await pause(300);
      assert.equal(harness.connector.requests.length, 1, 'once');
    });
  });
});
