import { strict as assert } from 'node:assert';
import type { Logger } from '../../../bot/logger';
import { systemClock } from '../../../bot/notify/clock';
import type { StoredNotification } from '../../../bot/notify/outbox';
import { OutcomeRecorder } from '../../../bot/notify/outcomeRecorder';
import { DEMO_TENANT_ID } from '../../support/demo';
import { startDeliveryHarness, type DeliveryHarness } from './deliveryHarness';

/** A logger that keeps what it is told. */
function notingLogger(): Logger & { notes: { level: string; message: string }[] } {
  const notes: { level: string; message: string }[] = [];
  const note = (level: string) => (message: string) => void notes.push({ level, message });
  const logger = { notes, debug: note('debug'), info: note('info'), warn: note('warn'), error: note('error'), child: () => logger };
  return logger;
}

describe('notify/outcomeRecorder (on the embedded store)', () => {
  let harness: DeliveryHarness;
  let recorder: OutcomeRecorder;
  let putOff: { tenantId: string; at: number }[];
  let logger: ReturnType<typeof notingLogger>;
  beforeEach(async () => {
    harness = await startDeliveryHarness();
    putOff = [];
    logger = notingLogger();
    recorder = new OutcomeRecorder({
      outbox: harness.outbox,
      conversations: harness.conversations,
      watch: { putOff: (tenantId, at) => void putOff.push({ tenantId, at }) },
      logger,
      clock: systemClock,
    });
  });
  afterEach(() => harness.stop());

  /** Claims these people's notification of `eventId` for this instance. */
  async function claimed(eventId: string, recipients: string[]): Promise<StoredNotification[]> {
    await harness.enqueue(eventId, recipients);
    const due = await harness.outbox.findDue(DEMO_TENANT_ID, Date.now(), 100);
    return harness.outbox.claim(due, { now: Date.now(), instanceId: 'me', leaseMs: 60_000 });
  }

  it('records deliveries in bulk once settled, and warns of one another instance took over meanwhile', async () => {
    const [first, second] = await claimed('sent', ['a', 'b']);
    const takenOver = await harness.outbox.claim([second], { now: Date.now() + 60_000, instanceId: 'other', leaseMs: 60_000 });
    assert.equal(takenOver.length, 1);
    const writesBefore = harness.storeRequests().writes;
    recorder.sent(first, Date.parse('2026-12-15T09:00:00Z'));
    recorder.sent(second, Date.parse('2026-12-15T09:00:00Z'));
    assert.equal(recorder.pending, true);
    await recorder.settled();
    assert.equal(recorder.pending, false);
    assert.ok(harness.storeRequests().writes - writesBefore <= 2, 'one write each, nothing more');
    const stored = await harness.notification('sent', 'a');
    assert.equal(stored.status, 'sent');
    assert.equal(stored.sentAt, '2026-12-15T09:00:00.000Z');
    assert.equal(stored.claimedBy, undefined);
    assert.equal((await harness.notification('sent', 'b')).claimedBy, 'other', 'left to the instance that holds it');
    const warnings = logger.notes.filter((note) => note.level === 'warn');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /may arrive twice/);
  });

  it('puts a failed one off with its reason, counting the attempt, and tells the watch when it falls due', async () => {
    const [notification] = await claimed('retry', ['a']);
    const at = Date.now() + 5_000;
    recorder.failed(notification, { kind: 'putOff', at, countAttempt: true, reason: '503 ServiceError' });
    await recorder.settled();
    const stored = await harness.notification('retry', 'a');
    assert.equal(stored.status, 'pending');
    assert.equal(stored.attempts, 1);
    assert.equal(stored.lastError, '503 ServiceError');
    assert.equal(Date.parse(stored.nextAttemptAt), at);
    assert.deepEqual(putOff, [{ tenantId: DEMO_TENANT_ID, at }]);
  });

  it('gives up with the reason, and on a gone chat retires its conversation reference too', async () => {
    await harness.install('gone');
    const [given, gone] = await claimed('dead', ['given', 'gone']);
    recorder.failed(given, { kind: 'giveUp', reason: '400 BadArgument', countAttempt: true });
    recorder.failed(gone, { kind: 'conversationGone', reason: '404 ConversationNotFound' });
    await recorder.settled();
    assert.equal((await harness.notification('dead', 'given')).lastError, '400 BadArgument');
    const stored = await harness.notification('dead', 'gone');
    assert.equal(stored.status, 'failed');
    assert.equal(stored.lastError, 'conversation gone: 404 ConversationNotFound');
    assert.deepEqual(await harness.conversations.findMany(DEMO_TENANT_ID, 'personal', ['gone']), [undefined]);
  });

  it('hands back what was claimed but not started: due at once, and every instance is told', async () => {
    const claims = await claimed('back', ['a', 'b']);
    const signal = await harness.outbox.signalVersion(DEMO_TENANT_ID);
    await recorder.handBack(claims);
    assert.equal((await harness.outbox.findDue(DEMO_TENANT_ID, Date.now(), 10)).length, 2);
    assert.notEqual(await harness.outbox.signalVersion(DEMO_TENANT_ID), signal);
  });

  it('logs a write that failed and goes on', async () => {
    const [notification] = await claimed('broken', ['a']);
    const { outbox } = harness;
    const failing = new OutcomeRecorder({
      outbox: {
        fail: () => Promise.reject(new Error('store down')),
        markSent: (sent) => outbox.markSent(sent),
        reschedule: (...change) => outbox.reschedule(...change),
        handBack: (...back) => outbox.handBack(...back),
      },
      conversations: harness.conversations,
      watch: { putOff: () => undefined },
      logger,
      clock: systemClock,
    });
    failing.giveUp(notification, 'reason', true);
    await failing.settled();
    assert.deepEqual(logger.notes, [{ level: 'error', message: 'could not record a notification’s outcome' }]);
    assert.equal((await harness.notification('broken', 'a')).status, 'pending', 'nothing written');
  });
});
