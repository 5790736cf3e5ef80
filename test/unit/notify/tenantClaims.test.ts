import { strict as assert } from 'node:assert';
import { systemClock } from '../../../bot/notify/clock';
import { OutboxWatch } from '../../../bot/notify/outboxWatch';
import { claimSize, TenantClaims } from '../../../bot/notify/tenantClaims';
import { DEMO_TENANT_ID } from '../../support/demo';
import { startDeliveryHarness, type DeliveryHarness } from './deliveryHarness';

describe('notify/tenantClaims', () => {
  it('claims no more than a quarter lease of sending at the company’s rate, two seconds of it at most', () => {
    assert.equal(claimSize({ tenantRatePerSecond: 50, leaseMs: 60_000 }), 100, 'two seconds at 50 per second');
    assert.equal(claimSize({ tenantRatePerSecond: 1_000, leaseMs: 400 }), 100, 'a quarter of a 400 ms lease at 1,000 per second');
    assert.equal(claimSize({ tenantRatePerSecond: 10_000, leaseMs: 600_000 }), 2_500, 'capped');
    assert.equal(claimSize({ tenantRatePerSecond: 1, leaseMs: 1_000 }), 1, 'never nothing');
  });

  describe('on the embedded store', () => {
    let harness: DeliveryHarness;
    beforeEach(async () => {
      harness = await startDeliveryHarness();
    });
    afterEach(() => harness.stop());

    const claimsFor = (instanceId: string, tenantRatePerSecond: number) =>
      new TenantClaims(
        { outbox: harness.outbox, conversations: harness.conversations, watch: new OutboxWatch(harness.outbox, 15_000), clock: systemClock, random: () => 0 },
        { tenantId: DEMO_TENANT_ID, instanceId, leaseMs: 60_000, tenantRatePerSecond },
      );

    it('claims a batch at a time for this instance, each with its recipients’ chats looked up, until none is left', async () => {
      const conversation = await harness.install('with-chat');
      await harness.enqueue('claims', ['with-chat', 'without-chat', 'third']);
      await harness.install('third');
      // One per second: claims of two seconds' sending.
      const claims = claimsFor('me', 1);
      const batches = [await claims.next(), await claims.next(), await claims.next()];
      assert.deepEqual(
        batches.map((batch) => batch.length),
        [2, 1, 0],
      );
      const deliveries = batches.flat();
      const byRecipient = new Map(deliveries.map((delivery) => [delivery.notification.recipient, delivery]));
      assert.equal(byRecipient.get('with-chat')?.reference?.conversation?.id, conversation);
      assert.equal(byRecipient.get('without-chat')?.reference, undefined);
      assert.equal(byRecipient.get('third')?.conversationKey, `${DEMO_TENANT_ID}/third`);
      for (const recipient of ['with-chat', 'without-chat', 'third']) {
        const stored = await harness.notification('claims', recipient);
        assert.equal(stored.claimedBy, 'me');
        assert.equal(stored._etag, byRecipient.get(recipient)?.notification._etag, 'the claim as stored: later writes are conditioned on it');
      }
    });

    it('does not hand out what another instance claimed', async () => {
      await harness.install('contested');
      await harness.enqueue('contest', ['contested']);
      const [mine, theirs] = [claimsFor('me', 50), claimsFor('them', 50)];
      const [first, second] = await Promise.all([mine.next(), theirs.next()]);
      assert.equal(first.length + second.length, 1);
      assert.deepEqual(await mine.next(), []);
      assert.deepEqual(await theirs.next(), []);
    });
  });
});
