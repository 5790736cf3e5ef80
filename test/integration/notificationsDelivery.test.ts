import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { TEAMS_CONVERSATION_WINDOWS } from '../../bot/notify/rateLimits';
import type { ProactiveSender } from '../../bot/notify/proactiveSender';
import { translatorFor } from '../../bot/i18n';
import { StoreUnavailableError } from '../../bot/store/errors';
import { cardOf, cardShows } from '../support/cards';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demo';
import { importOtherCompanyInto, OTHER_TENANT_ID } from '../support/otherCompany';
import { startDeliveryHarness, type DeliveryHarness } from '../unit/notify/deliveryHarness';

const ALEX = DEMO_USERS.alex.aadObjectId;
const MEGAN = DEMO_USERS.megan.aadObjectId;

/** The most sends that fall into any one stretch of `windowMs`. */
function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    while (sorted[end] - sorted[start] >= windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** A sender that only notes when each send started, by the (faked) clock, and to which conversation. */
function recordingSender(): ProactiveSender & { sends: { conversation: string; at: number }[] } {
  const sends: { conversation: string; at: number }[] = [];
  return {
    sends,
    async send(reference) {
      sends.push({ conversation: String(reference.conversation?.id), at: Date.now() });
    },
  };
}

describe('notification delivery (outbox, dispatcher, fake Teams connector)', () => {
  let harness: DeliveryHarness;
  beforeEach(async () => {
    harness = await startDeliveryHarness();
  });
  afterEach(async () => {
    sinon.restore();
    await harness.stop();
  });

  it('delivers a notification as a card in the recipient’s language to their personal chat, once', async () => {
    const conversation = await harness.install(MEGAN);
    await harness.outbox.enqueue(
      DEMO_TENANT_ID,
      { id: 'expiry:vs:2027-01-14:7d', kind: 'expiry', facts: { benefit: 'VS', benefitId: 'vs', category: 'visualStudio', expiryDate: '2027-01-14', daysLeft: 7, stage: '7d' }, audience: { admins: true, marketingContact: false, people: [] } },
      [{ recipient: MEGAN, locale: 'de' }],
      Date.now(),
    );
    assert.equal(await harness.dispatcher().dispatchDue(), 1);
    const [delivery] = harness.connector.delivered(conversation);
    assert.ok(cardShows(cardOf(delivery.activity), translatorFor('de')('notifications.expiry.title', { benefit: 'VS', date: '14. Januar 2027' })));
    const stored = await harness.notification('expiry:vs:2027-01-14:7d', MEGAN);
    assert.equal(stored.status, 'sent');
    assert.equal(stored.claimedBy, undefined);
    assert.equal(await harness.dispatcher().dispatchDue(), 0, 'nothing is due any more');
    assert.equal(harness.connector.requests.length, 1);
  });

  it('shares one outbox between two dispatchers without delivering anything twice', async () => {
    const people = Array.from({ length: 40 }, (_unused, index) => `person-${index}`);
    await Promise.all(people.map((person) => harness.install(person)));
    await harness.enqueue('fanout', people);
    // The lease must outlast the claims and the start of every send they hold, or a dispatcher rightly leaves a
    // notification unsent (another instance may take it over once the lease ends) and this one pass misses it. On a
    // loaded machine, two dispatchers racing for the same 40 notifications in the embedded store took over a second
    // to claim them: a 400 ms lease failed 2 runs in 5. Leases that run out are the crash test's subject, not this one's.
    const settings = { tenantRatePerSecond: 1000, leaseMs: 60_000 };
    const [first, second] = [harness.dispatcher(settings), harness.dispatcher(settings)];
    const taken = await Promise.all([first.dispatchDue(), second.dispatchDue()]);
    const delivered = harness.connector.delivered().map((request) => request.conversationId);
    assert.equal(delivered.length, people.length, 'every one delivered');
    assert.equal(new Set(delivered).size, people.length, 'none twice');
    assert.equal(taken[0] + taken[1], people.length, 'each notification claimed by exactly one of them');
    for (const person of people) assert.equal((await harness.notification('fanout', person)).status, 'sent');
  });

  it('takes over what a crashed instance claimed once its lease has run out, and not before', async () => {
    const clock = sinon.useFakeTimers({ now: new Date('2026-12-15T09:00:00Z'), toFake: ['Date'] });
    const conversation = await harness.install(ALEX);
    await harness.enqueue('crash', [ALEX]);
    const due = await harness.outbox.findDue(DEMO_TENANT_ID, Date.now(), 10);
    const crashed = await harness.outbox.claim(due, { now: Date.now(), instanceId: 'crashed', leaseMs: 60_000 });
    assert.equal(crashed.length, 1);
    const survivor = harness.dispatcher({ leaseMs: 60_000 });
    clock.tick(59_000);
    assert.equal(await survivor.dispatchDue(), 0, 'still leased to the crashed instance');
    clock.tick(1_000);
    assert.equal(await survivor.dispatchDue(), 1);
    assert.equal(harness.connector.delivered(conversation).length, 1);
    assert.equal((await harness.notification('crash', ALEX)).status, 'sent');
  });

  describe('Teams’ answers', () => {
    let clock: sinon.SinonFakeTimers;
    let conversation: string;
    beforeEach(async () => {
      clock = sinon.useFakeTimers({ now: new Date('2026-12-15T09:00:00Z'), toFake: ['Date'] });
      conversation = await harness.install(ALEX);
      await harness.enqueue('answer', [ALEX]);
    });
    const stored = () => harness.notification('answer', ALEX);

    it('waits out a short 429 Retry-After while holding the claim, then sends, without counting a failed attempt', async () => {
      harness.connector.answer(conversation, 429);
      const fakeSleep = { now: () => Date.now(), sleep: async (ms: number) => void clock.tick(Math.max(0, ms)) };
      await harness.dispatcher({}, { clock: fakeSleep }).dispatchDue();
      const [throttled, retried] = harness.connector.requests;
      assert.deepEqual(harness.connector.requests.map((request) => request.status), [429, 200]);
      assert.equal(retried.at - throttled.at, 1_000, 'exactly Retry-After later');
      const sent = await stored();
      assert.equal(sent.status, 'sent');
      assert.equal(sent.attempts, 0);
    });

    it('hands a notification back to the outbox when Retry-After outlasts its claim, due when Retry-After ends', async () => {
      harness.connector.setRetryAfter(50);
      harness.connector.answer(conversation, 429);
      const dispatcher = harness.dispatcher({ leaseMs: 60_000 });
      await dispatcher.dispatchDue();
      const throttled = await stored();
      assert.equal(throttled.status, 'pending');
      assert.equal(throttled.attempts, 0);
      assert.equal(Date.parse(throttled.nextAttemptAt) - Date.now(), 50_000);
      clock.tick(49_999);
      assert.equal(await dispatcher.dispatchDue(), 0, 'not before Retry-After');
      clock.tick(1);
      assert.equal(await dispatcher.dispatchDue(), 1);
      assert.equal((await stored()).status, 'sent');
      assert.deepEqual(harness.connector.requests.map((request) => request.status), [429, 200]);
    });

    for (const status of [412, 502, 503, 504]) {
      it(`retries ${status} after a backoff, one request per attempt`, async () => {
        harness.connector.answer(conversation, status);
        const dispatcher = harness.dispatcher({ backoffBaseMs: 1_000 });
        await dispatcher.dispatchDue();
        assert.equal(harness.connector.requests.length, 1, 'no hidden retry inside the connector client');
        const failed = await stored();
        assert.equal(failed.status, 'pending');
        assert.equal(failed.attempts, 1);
        assert.match(failed.lastError ?? '', new RegExp(`^${status}`));
        const wait = Date.parse(failed.nextAttemptAt) - Date.now();
        assert.ok(wait >= 500 && wait <= 1_000, `backoff ${wait} ms`);
        clock.tick(wait);
        await dispatcher.dispatchDue();
        assert.equal((await stored()).status, 'sent');
      });
    }

    it('backs off exponentially and gives up after the last attempt, keeping the reason', async () => {
      harness.connector.answer(conversation, 503, 503, 503, 503);
      const dispatcher = harness.dispatcher({ maxAttempts: 3, backoffBaseMs: 1_000 });
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        await dispatcher.dispatchDue();
        const current = await stored();
        if (current.status !== 'pending') break;
        waits.push(Date.parse(current.nextAttemptAt) - Date.now());
        clock.tick(waits[waits.length - 1]);
      }
      assert.deepEqual(waits, [750, 1_500], 'with the jitter at its middle, each wait doubles');
      const failed = await stored();
      assert.equal(failed.status, 'failed');
      assert.equal(failed.attempts, 3);
      assert.equal(failed.lastError, 'gave up after 3 attempts: 503 ServiceError');
      clock.tick(60_000);
      assert.equal(await dispatcher.dispatchDue(), 0, 'a dead letter is not tried again');
    });

    for (const [status, code] of [
      [403, 'MessageWritesBlocked'],
      [404, 'ConversationNotFound'],
    ] as const) {
      it(`retires the conversation reference on ${status} ${code} and gives up at once`, async () => {
        harness.connector.answer(conversation, status);
        await harness.dispatcher().dispatchDue();
        const failed = await stored();
        assert.equal(failed.status, 'failed');
        assert.equal(failed.lastError, `conversation gone: ${status} ${code}`);
        assert.deepEqual(await harness.conversations.findMany(DEMO_TENANT_ID, 'personal', [ALEX]), [undefined]);
        assert.equal(harness.connector.requests.length, 1);
      });
    }

    it('gives up on someone without a personal chat with the bot', async () => {
      await harness.enqueue('answer', ['nobody-installed']);
      await harness.dispatcher().dispatchDue();
      const failed = await harness.notification('answer', 'nobody-installed');
      assert.equal(failed.status, 'failed');
      assert.match(failed.lastError ?? '', /no conversation/);
    });
  });

  it('survives a store that fails the claim made while a batch is sent, and sends that batch', async () => {
    const people = Array.from({ length: 30 }, (_unused, index) => `ahead-${index}`);
    await Promise.all(people.map((person) => harness.install(person)));
    await harness.enqueue('ahead', people);
    // At 10 per second a batch is 20 notifications, two seconds of sending; the next one is claimed meanwhile.
    const claim = sinon.stub(harness.outbox, 'claim').callThrough();
    claim.onSecondCall().rejects(new StoreUnavailableError(new Error('Request took more than 4000 ms'), 'busy'));
    const unhandled: unknown[] = [];
    const noteUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', noteUnhandled);
    try {
      const dispatcher = harness.dispatcher({ tenantRatePerSecond: 10 });
      await assert.rejects(dispatcher.dispatchDue(), StoreUnavailableError);
      await dispatcher.stop();
    } finally {
      process.off('unhandledRejection', noteUnhandled);
    }
    // An unhandled rejection ends a Node process: the dispatcher's would have died with it.
    assert.deepEqual(unhandled, []);
    assert.equal(harness.connector.delivered().length, 20);
  });

  it('waits for every company’s sends before it answers that one company’s claim failed', async () => {
    const people = Array.from({ length: 15 }, (_unused, index) => `sending-${index}`);
    await Promise.all(people.map((person) => harness.install(person)));
    await harness.enqueue('sending', people);
    await importOtherCompanyInto(harness.documents);
    const otherCompany = OTHER_TENANT_ID;
    await harness.outbox.enqueue(otherCompany, { id: 'other', kind: 'actionPackRenewal', facts: { renewalDate: '2027-01-15', autoRenew: true, daysLeft: 30, stage: '30d' }, audience: { admins: true, marketingContact: false, people: [] } }, [{ recipient: 'someone', locale: 'en' }], Date.now());
    const findDue = harness.outbox.findDue.bind(harness.outbox);
    sinon.stub(harness.outbox, 'findDue').callsFake(async (tenantId, now, limit) => {
      if (tenantId === otherCompany) throw new StoreUnavailableError(new Error('Request took more than 4000 ms'), 'busy');
      return findDue(tenantId, now, limit);
    });
    // At 10 per second the demo company's 15 notifications take a second and a half to send.
    await assert.rejects(harness.dispatcher({ tenantRatePerSecond: 10 }).dispatchDue(), StoreUnavailableError);
    assert.equal(harness.connector.delivered().length, 15, 'the pass ended only once the other company had sent everything');
  });

  describe('rate limits (sends counted by the faked clock)', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: new Date('2026-12-15T09:00:00Z'), toFake: ['Date'] });
    });
    const fakeSleep = { now: () => Date.now(), sleep: async (ms: number) => void clock.tick(Math.max(0, ms)) };

    it('keeps every conversation within 7 per second, 8 per 2 seconds, 60 per 30 seconds, and sends at that pace', async () => {
      await harness.install(ALEX);
      for (let index = 0; index < 70; index += 1) await harness.enqueue(`burst-${index}`, [ALEX]);
      const sender = recordingSender();
      const start = Date.now();
      await harness.dispatcher({ leaseMs: 600_000 }, { sender, clock: fakeSleep }).dispatchDue();
      const times = sender.sends.map((send) => send.at);
      assert.equal(times.length, 70);
      for (const window of TEAMS_CONVERSATION_WINDOWS) {
        assert.ok(busiestWindow(times, window.windowMs) <= window.limit, `${busiestWindow(times, window.windowMs)} sends in ${window.windowMs} ms`);
      }
      // 60 in the first 30 s, the other 10 in the next 2.5 s: no slower than the limits require.
      assert.ok(Math.max(...times) - start <= 32_500, `took ${Math.max(...times) - start} ms`);
    });

    it('keeps a company to its configured rate across conversations', async () => {
      const people = Array.from({ length: 45 }, (_unused, index) => `rate-${index}`);
      await Promise.all(people.map((person) => harness.install(person)));
      await harness.enqueue('rate', people);
      const sender = recordingSender();
      const start = Date.now();
      await harness.dispatcher({ tenantRatePerSecond: 10 }, { sender, clock: fakeSleep }).dispatchDue();
      const times = sender.sends.map((send) => send.at);
      assert.equal(times.length, 45);
      assert.ok(busiestWindow(times, 1_000) <= 10, `${busiestWindow(times, 1_000)} sends in one second`);
      assert.ok(Math.max(...times) - start <= 4_000, `took ${Math.max(...times) - start} ms`);
    });
  });
});
