import type { ConversationAddress } from '../domain/conversation';
import type { OutboxDoc } from '../domain/documents';
import type { Logger } from '../logger';
import type { TenantIndex } from '../store/tenantIndex';
import { ClaimQueue } from './claimQueue';
import { systemClock, type Clock } from './clock';
import type { ConversationReferences } from './conversationReferences';
import type { Outbox, StoredNotification } from './outbox';
import { OutboxWatch } from './outboxWatch';
import type { OutgoingMessage, ProactiveSender } from './proactiveSender';
import { perSecond, SlidingWindowLimiter, TEAMS_CONVERSATION_WINDOWS } from './rateLimits';
import { backoffMs, failureOf, type SendFailure } from './sendFailures';

export interface DispatcherSettings {
  /** Names this instance's claims. */
  instanceId: string;
  pollIntervalMs: number;
  leaseMs: number;
  /** Failed attempts (not counting 429s) before a notification is given up. */
  maxAttempts: number;
  /** Sends per second per company, from this instance. */
  tenantRatePerSecond: number;
  maxConcurrentSends: number;
  backoffBaseMs: number;
}

export const DEFAULT_DISPATCHER_SETTINGS: Omit<DispatcherSettings, 'instanceId'> = {
  pollIntervalMs: 2_000,
  leaseMs: 60_000,
  maxAttempts: 6,
  tenantRatePerSecond: 50,
  maxConcurrentSends: 128,
  backoffBaseMs: 1_000,
};

export interface DispatcherDependencies {
  outbox: Pick<Outbox, 'findDue' | 'claim' | 'markSent' | 'reschedule' | 'fail' | 'handBack' | 'signalVersion'>;
  tenants: Pick<TenantIndex, 'listTenantIds'>;
  conversations: Pick<ConversationReferences, 'findMany' | 'retire'>;
  sender: ProactiveSender;
  /** The message a notification becomes, in its recipient's language. */
  render(notification: OutboxDoc): OutgoingMessage;
  logger: Logger;
  clock?: Clock;
  random?: () => number;
}

const RENDERED_CARDS_KEPT = 256;
const SENT_BATCH_SIZE = 100;
const SENT_BATCH_WAIT_MS = 25;
/** Finding due notifications is the costly request: one query feeds many claims. */
const QUERY_LIMIT = 10_000;
/** A claim holds this many seconds of sending, so the next one, claimed meanwhile, is ready before it is needed. */
const CLAIM_SECONDS = 2;
const MAX_CLAIM = 2_500;
/** The companies change on import only; between wake-ups, a new one is dispatched to within this time. */
const TENANT_LIST_TTL_MS = 30_000;

interface Delivery {
  notification: StoredNotification;
  reference?: ConversationAddress;
  conversationKey: string;
  /** When its conversation can take it. */
  at: number;
}

/**
 * Delivers the outbox within Teams' limits. Several instances share the work: each claims notifications for a lease
 * with an ETag-conditioned write, and what a crashed instance claimed is due again when its lease runs out.
 */
export class Dispatcher {
  private readonly clock: Clock;
  private readonly conversationLimits: SlidingWindowLimiter;
  private readonly tenantLimits: SlidingWindowLimiter;
  /** Requests to Teams under way: what the concurrency limit counts. */
  private readonly sending = new Set<Promise<void>>();
  /** Outcomes being written to the outbox. */
  private readonly recording = new Set<Promise<void>>();
  private readonly sentBuffer: { notification: StoredNotification; at: number }[] = [];
  private flushTimer?: NodeJS.Timeout;
  /** One event reads the same in one language for everyone: a fan-out builds its card once per language. */
  private readonly rendered = new Map<string, OutgoingMessage>();
  private tenantList?: { tenantIds: string[]; readAt: number };
  private readonly watch: OutboxWatch;
  private loop?: Promise<void>;
  private stopping = false;
  private wakeRequested = false;
  private wakeUp?: () => void;

  constructor(
    private readonly dependencies: DispatcherDependencies,
    private readonly settings: DispatcherSettings,
  ) {
    this.clock = dependencies.clock ?? systemClock;
    this.conversationLimits = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS);
    this.tenantLimits = new SlidingWindowLimiter(perSecond(settings.tenantRatePerSecond));
    // A crashed instance's claims are taken over within a quarter lease of running out.
    this.watch = new OutboxWatch(dependencies.outbox, Math.max(settings.pollIntervalMs, settings.leaseMs / 4));
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Something new is due: look now rather than after the poll interval. */
  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  /** Stops claiming, hands back what was claimed but not started, and waits for the sends under way. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
    await this.settled();
  }

  /** Delivers everything due now, every company side by side; answers how many notifications it took on. */
  async dispatchDue(): Promise<number> {
    return this.dispatch(await this.companies(true));
  }

  private async dispatch(tenantIds: readonly string[]): Promise<number> {
    this.conversationLimits.prune(this.clock.now());
    this.tenantLimits.prune(this.clock.now());
    const taken = await Promise.all(tenantIds.map((tenantId) => this.dispatchTenant(tenantId)));
    await this.settled();
    return taken.reduce((sum, count) => sum + count, 0);
  }

  /** Between wake-ups, only the companies whose outbox may hold something due are looked at. */
  private async run(): Promise<void> {
    while (!this.stopping) {
      const woken = this.wakeRequested;
      this.wakeRequested = false;
      let taken = 0;
      try {
        const tenantIds = await this.companies(woken);
        taken = await this.dispatch(woken ? tenantIds : await this.needingLook(tenantIds));
      } catch (error) {
        this.dependencies.logger.error('dispatching notifications failed', { error });
      }
      if (!this.stopping && taken === 0 && !this.wakeRequested) await this.idle();
    }
  }

  /** Listing the companies is a query across all of them: between wake-ups, the list is read again after a while. */
  private async companies(fresh: boolean): Promise<string[]> {
    const now = this.clock.now();
    if (fresh || !this.tenantList || now - this.tenantList.readAt >= TENANT_LIST_TTL_MS) {
      this.tenantList = { tenantIds: await this.dependencies.tenants.listTenantIds(), readAt: now };
    }
    return this.tenantList.tenantIds;
  }

  private async needingLook(tenantIds: readonly string[]): Promise<string[]> {
    const now = this.clock.now();
    const needed = await Promise.all(tenantIds.map((tenantId) => this.watch.needsLook(tenantId, now)));
    return tenantIds.filter((_tenantId, index) => needed[index]);
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.settings.pollIntervalMs);
      this.wakeUp = done;
    });
  }

  /** Claims in batches, the next one while the current one is sent, so sending does not pause for the store. */
  private async dispatchTenant(tenantId: string): Promise<number> {
    const claims = this.claimQueue(tenantId);
    let taken = 0;
    let batch = await this.claim(tenantId, claims);
    while (batch.length > 0 && !this.stopping) {
      taken += batch.length;
      const next = this.claim(tenantId, claims);
      try {
        await this.deliverBatch(tenantId, batch);
      } finally {
        batch = await next;
      }
    }
    await this.handBack(batch.map((delivery) => delivery.notification));
    return taken;
  }

  /**
   * A claim holds no more than this instance can send in a quarter of the lease, so claims are sent long before their
   * lease runs out, even with the next batch claimed ahead.
   */
  private claimQueue(tenantId: string): ClaimQueue {
    const { tenantRatePerSecond, leaseMs, instanceId } = this.settings;
    const claimSize = Math.max(1, Math.min(MAX_CLAIM, tenantRatePerSecond * CLAIM_SECONDS, Math.floor((tenantRatePerSecond * leaseMs) / 4000)));
    return new ClaimQueue(
      this.dependencies.outbox,
      this.watch,
      { tenantId, instanceId, leaseMs, claimSize, queryLimit: QUERY_LIMIT },
      this.clock,
      this.dependencies.random ?? Math.random,
    );
  }

  /** The conversations are looked up with the claim, ahead of sending too. */
  private async claim(tenantId: string, claims: ClaimQueue): Promise<Delivery[]> {
    if (this.stopping) return [];
    const batch = await claims.next();
    const references = await this.dependencies.conversations.findMany(
      tenantId,
      'personal',
      batch.map((notification) => notification.recipient),
    );
    return batch.map((notification, index) => ({
      notification,
      reference: references[index],
      conversationKey: `${tenantId}/${notification.recipient}`,
      at: 0,
    }));
  }

  private async deliverBatch(tenantId: string, batch: Delivery[]): Promise<void> {
    let waiting = batch;
    // Longer than this behind its conversation's limits, a notification goes back to the outbox for later.
    const maxHoldMs = this.settings.leaseMs / 4;
    while (waiting.length > 0 && !this.stopping) {
      const later: Delivery[] = [];
      for (const delivery of waiting) {
        if (this.stopping) {
          later.push(delivery);
          continue;
        }
        if (!delivery.reference) {
          this.record(this.giveUp(delivery.notification, 'no conversation with the recipient (the bot is not installed for them)', false));
          continue;
        }
        const now = this.clock.now();
        const at = this.conversationLimits.nextAllowedAt(delivery.conversationKey, now);
        if (at > now + maxHoldMs) {
          this.record(this.putOff(delivery.notification, at, { countAttempt: false }));
        } else if (at > now) {
          later.push({ ...delivery, at });
        } else {
          await this.waitForTenantSlot(tenantId);
          await this.waitForCapacity();
          const startedAt = this.clock.now();
          // Sending after the lease ran out could duplicate what another instance took over; it is due again anyway.
          const leaseUntil = Date.parse(delivery.notification.leaseUntil ?? '');
          if (leaseUntil - startedAt < this.settings.leaseMs / 10) {
            this.watch.putOff(tenantId, leaseUntil);
            continue;
          }
          this.send(tenantId, delivery, this.countStart(tenantId, delivery));
        }
      }
      waiting = later;
      if (waiting.length > 0 && !this.stopping) {
        await this.clock.sleep(Math.min(...waiting.map((delivery) => delivery.at)) - this.clock.now());
      }
    }
    await this.handBack(waiting.map((delivery) => delivery.notification));
  }

  private async waitForTenantSlot(tenantId: string): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const at = this.tenantLimits.nextAllowedAt(tenantId, now);
      if (at <= now) return;
      await this.clock.sleep(at - now);
    }
  }

  private async waitForCapacity(): Promise<void> {
    while (this.sending.size >= this.settings.maxConcurrentSends) await Promise.race(this.sending);
  }

  private async settled(): Promise<void> {
    while (this.sending.size + this.recording.size + this.sentBuffer.length > 0) {
      await Promise.allSettled([...this.sending]);
      this.flushSent();
      await Promise.allSettled([...this.recording]);
    }
  }

  /** The request counts against the concurrency limit until Teams answers; recording the outcome does not. */
  private send(tenantId: string, delivery: Delivery, startedAt: number): void {
    const request = this.deliver(tenantId, delivery, startedAt).then((recordOutcome) => this.record(recordOutcome()));
    const tracked: Promise<void> = request
      .catch((error: unknown) => this.dependencies.logger.error('could not deliver a notification', { error }))
      .finally(() => this.sending.delete(tracked));
    this.sending.add(tracked);
  }

  private record(work: Promise<unknown>): void {
    const tracked: Promise<void> = work
      .then(
        () => undefined,
        (error: unknown) => this.dependencies.logger.error('could not record a notification’s outcome', { error }),
      )
      .finally(() => this.recording.delete(tracked));
    this.recording.add(tracked);
  }

  /** Sends; answers how to record the outcome, so the write does not hold a place among the requests under way. */
  private async deliver(tenantId: string, delivery: Delivery, startedAt: number): Promise<() => Promise<unknown>> {
    const { notification } = delivery;
    let activity: OutgoingMessage;
    try {
      activity = this.renderOnce(notification);
    } catch (error) {
      this.dependencies.logger.error('could not build a notification', { id: notification.id, error });
      return () => this.giveUp(notification, 'the notification could not be built', false);
    }
    for (let attemptStartedAt = startedAt; ; ) {
      try {
        await this.attempt(tenantId, delivery, activity, attemptStartedAt);
        break;
      } catch (error) {
        const failure = failureOf(error);
        const retryStartedAt = failure.kind === 'throttled' ? await this.waitOutThrottling(tenantId, delivery, failure.retryAfterMs) : undefined;
        if (retryStartedAt === undefined) return () => this.handleFailure(tenantId, delivery, failure);
        attemptStartedAt = retryStartedAt;
      }
    }
    const sentAt = this.clock.now();
    return async () => this.recordSent(notification, sentAt);
  }

  /** A send counts in the rate windows from the moment it starts… */
  private countStart(tenantId: string, delivery: Delivery): number {
    const startedAt = this.clock.now();
    this.conversationLimits.record(delivery.conversationKey, startedAt);
    this.tenantLimits.record(tenantId, startedAt);
    return startedAt;
  }

  /** …until the moment it is answered, since Teams counts it when it arrives, somewhere in between. */
  private async attempt(tenantId: string, delivery: Delivery, activity: OutgoingMessage, startedAt: number): Promise<void> {
    try {
      await this.dependencies.sender.send(delivery.reference!, activity);
    } finally {
      const answeredAt = this.clock.now();
      this.conversationLimits.answered(delivery.conversationKey, startedAt, answeredAt);
      this.tenantLimits.answered(tenantId, startedAt, answeredAt);
    }
  }

  /**
   * A short Retry-After is waited out here, within the claim's lease: the notification stays claimed, and the store
   * sees neither a write nor a query for it. Answers when the retry started; undefined when the wait would outlast
   * the lease (it goes back to the outbox).
   */
  private async waitOutThrottling(tenantId: string, delivery: Delivery, retryAfterMs: number): Promise<number | undefined> {
    const retryAt = this.clock.now() + retryAfterMs;
    const leaseEnds = Date.parse(delivery.notification.leaseUntil ?? '') - this.settings.leaseMs / 4;
    if (!(retryAt < leaseEnds)) return undefined;
    this.conversationLimits.pause(delivery.conversationKey, retryAt);
    for (;;) {
      const now = this.clock.now();
      const at = Math.max(this.conversationLimits.nextAllowedAt(delivery.conversationKey, now), this.tenantLimits.nextAllowedAt(tenantId, now));
      if (at <= now) break;
      await this.clock.sleep(at - now);
    }
    return this.countStart(tenantId, delivery);
  }

  /** Deliveries are recorded in bulk: a fan-out then costs the store one write per notification, in few requests. */
  private recordSent(notification: StoredNotification, at: number): void {
    this.sentBuffer.push({ notification, at });
    if (this.sentBuffer.length >= SENT_BATCH_SIZE) this.flushSent();
    else this.flushTimer ??= setTimeout(() => this.flushSent(), SENT_BATCH_WAIT_MS);
  }

  private flushSent(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const batch = this.sentBuffer.splice(0);
    if (batch.length === 0) return;
    this.record(
      this.dependencies.outbox.markSent(batch).then((written) =>
        written.forEach((notification, index) => {
          if (notification) return;
          this.dependencies.logger.warn('delivered after another instance took the notification over: it may arrive twice', {
            id: batch[index]!.notification.id,
          });
        }),
      ),
    );
  }

  private renderOnce(notification: OutboxDoc): OutgoingMessage {
    const key = `${notification.eventId}\u0000${notification.locale}`;
    let activity = this.rendered.get(key);
    if (!activity) {
      if (this.rendered.size >= RENDERED_CARDS_KEPT) this.rendered.clear();
      activity = this.dependencies.render(notification);
      this.rendered.set(key, activity);
    }
    return { ...activity };
  }

  private async handleFailure(tenantId: string, delivery: Delivery, failure: SendFailure): Promise<void> {
    const { notification } = delivery;
    const now = this.clock.now();
    const { conversations, logger } = this.dependencies;
    switch (failure.kind) {
      case 'throttled':
        this.conversationLimits.pause(delivery.conversationKey, now + failure.retryAfterMs);
        await this.putOff(notification, now + failure.retryAfterMs, { countAttempt: false, reason: failure.reason });
        return;
      case 'transient': {
        const attempts = notification.attempts + 1;
        if (attempts >= this.settings.maxAttempts) {
          await this.giveUp(notification, `gave up after ${attempts} attempts: ${failure.reason}`, true);
          return;
        }
        const delay = backoffMs(attempts, this.dependencies.random ?? Math.random, this.settings.backoffBaseMs);
        await this.putOff(notification, now + delay, { countAttempt: true, reason: failure.reason });
        return;
      }
      case 'conversationGone':
        logger.info('the recipient’s chat is gone or blocks the bot: its conversation reference is retired', {
          tenantId,
          recipient: notification.recipient,
          reason: failure.reason,
        });
        await conversations.retire(tenantId, 'personal', notification.recipient);
        await this.giveUp(notification, `conversation gone: ${failure.reason}`, true);
        return;
      case 'permanent':
        await this.giveUp(notification, failure.reason, true);
    }
  }

  private async giveUp(notification: StoredNotification, reason: string, countAttempt: boolean): Promise<void> {
    await this.dependencies.outbox.fail(notification, reason, countAttempt);
  }

  /** Back to the outbox until `at`; this instance looks again then. */
  private async putOff(notification: StoredNotification, at: number, change: { countAttempt: boolean; reason?: string }): Promise<void> {
    await this.dependencies.outbox.reschedule(notification, at, change);
    this.watch.putOff(notification.tenantId, at);
  }

  /** Claimed but not started (stopping): due again at once, for whichever instance runs. */
  private async handBack(notifications: StoredNotification[]): Promise<void> {
    if (notifications.length > 0) await this.dependencies.outbox.handBack(notifications, this.clock.now());
  }
}
