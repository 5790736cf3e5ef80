import type { OutboxDoc } from '../domain/documents';
import type { Logger } from '../logger';
import type { TenantIndex } from '../store/tenantIndex';
import { systemClock, type Clock } from './clock';
import { CompaniesToVisit } from './companiesToVisit';
import type { ConversationReferences } from './conversationReferences';
import type { Outbox } from './outbox';
import { OutboxWatch } from './outboxWatch';
import { OutcomeRecorder } from './outcomeRecorder';
import { PollLoop } from './pollLoop';
import type { OutgoingMessage, ProactiveSender } from './proactiveSender';
import { RenderedMessages } from './renderedMessages';
import { failureOf, type SendFailure } from './sendFailures';
import { SendPacing } from './sendPacing';
import { SendPolicy } from './sendPolicy';
import { TenantClaims, type Delivery } from './tenantClaims';

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

/**
 * Delivers the outbox within Teams' limits. Several instances share the work: each claims notifications for a lease
 * with an ETag-conditioned write, and what a crashed instance claimed is due again when its lease runs out. Its parts:
 * the loop that wakes or polls, the claims per company, the pacing and policy of each send attempt, and the recorder of
 * outcomes; the sender alone speaks to Teams and reads its answers.
 */
export class Dispatcher {
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly watch: OutboxWatch;
  private readonly loop: PollLoop;
  private readonly companies: CompaniesToVisit;
  private readonly pacing: SendPacing;
  private readonly policy: SendPolicy;
  private readonly recorder: OutcomeRecorder;
  private readonly messages: RenderedMessages;
  /** Requests to Teams under way: what the concurrency limit counts. */
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly dependencies: DispatcherDependencies,
    private readonly settings: DispatcherSettings,
  ) {
    const { outbox, conversations, logger } = dependencies;
    this.clock = dependencies.clock ?? systemClock;
    this.random = dependencies.random ?? Math.random;
    // A crashed instance's claims are taken over within a quarter lease of running out.
    this.watch = new OutboxWatch(outbox, Math.max(settings.pollIntervalMs, settings.leaseMs / 4));
    this.loop = new PollLoop((woken) => this.pass(woken), settings.pollIntervalMs);
    this.companies = new CompaniesToVisit(dependencies.tenants, this.watch, this.clock);
    this.pacing = new SendPacing(settings.tenantRatePerSecond, this.clock);
    this.policy = new SendPolicy(settings, this.random);
    this.recorder = new OutcomeRecorder({ outbox, conversations, watch: this.watch, logger, clock: this.clock });
    this.messages = new RenderedMessages((notification) => dependencies.render(notification));
  }

  start(): void {
    this.loop.start();
  }

  /** Something new is due: look now rather than after the poll interval. */
  wake(): void {
    this.loop.wake();
  }

  /** Stops claiming, hands back what was claimed but not started, and waits for the sends under way. */
  async stop(): Promise<void> {
    await this.loop.stop();
    await this.settled();
  }

  /** Delivers everything due now, every company side by side; answers how many notifications it took on. */
  async dispatchDue(): Promise<number> {
    return this.dispatch(await this.companies.forPass(true));
  }

  private async pass(woken: boolean): Promise<number> {
    try {
      return await this.dispatch(await this.companies.forPass(woken));
    } catch (error) {
      this.dependencies.logger.error('dispatching notifications failed', { error });
      return 0;
    }
  }

  private async dispatch(tenantIds: readonly string[]): Promise<number> {
    this.pacing.prune();
    // Every company's sends are waited for even when one company's claim failed, so the next pass never overlaps them.
    const results = await Promise.allSettled(tenantIds.map((tenantId) => this.dispatchTenant(tenantId)));
    await this.settled();
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return results.reduce((sum, result) => sum + (result.status === 'fulfilled' ? result.value : 0), 0);
  }

  /** Claims in batches, the next one while the current one is sent, so sending does not pause for the store. */
  private async dispatchTenant(tenantId: string): Promise<number> {
    const { instanceId, leaseMs, tenantRatePerSecond } = this.settings;
    const claims = new TenantClaims(
      { ...this.dependencies, watch: this.watch, clock: this.clock, random: this.random },
      { tenantId, instanceId, leaseMs, tenantRatePerSecond },
    );
    const claim = async () => (this.loop.stopping ? [] : claims.next());
    let taken = 0;
    let batch = await claim();
    while (batch.length > 0 && !this.loop.stopping) {
      taken += batch.length;
      const next = claim();
      // Its failure is thrown below, once the batch is sent; unobserved until then, it would end the process.
      next.catch(() => undefined);
      try {
        await this.deliverBatch(tenantId, batch);
      } finally {
        batch = await next;
      }
    }
    await this.recorder.handBack(batch.map((delivery) => delivery.notification));
    return taken;
  }

  private async deliverBatch(tenantId: string, batch: Delivery[]): Promise<void> {
    let waiting = batch;
    while (waiting.length > 0 && !this.loop.stopping) {
      const later: Delivery[] = [];
      for (const delivery of waiting) {
        if (this.loop.stopping) {
          later.push(delivery);
          continue;
        }
        if (!delivery.reference) {
          this.recorder.giveUp(delivery.notification, 'no conversation with the recipient (the bot is not installed for them)', false);
          continue;
        }
        const now = this.clock.now();
        const at = this.pacing.conversationReadyAt(delivery.conversationKey, now);
        if (at > now + this.policy.maxHoldMs) {
          this.recorder.putOff(delivery.notification, at, { countAttempt: false });
        } else if (at > now) {
          later.push({ ...delivery, at });
        } else {
          await this.pacing.waitForTenant(tenantId);
          await this.waitForCapacity();
          if (!this.policy.leaseLeftToSend(delivery.notification, this.clock.now())) {
            this.watch.putOff(tenantId, Date.parse(delivery.notification.leaseUntil ?? ''));
            continue;
          }
          this.send(tenantId, delivery, this.pacing.started(tenantId, delivery.conversationKey));
        }
      }
      waiting = later;
      if (waiting.length > 0 && !this.loop.stopping) {
        await this.clock.sleep(Math.min(...waiting.map((delivery) => delivery.at)) - this.clock.now());
      }
    }
    await this.recorder.handBack(waiting.map((delivery) => delivery.notification));
  }

  private async waitForCapacity(): Promise<void> {
    while (this.sending.size >= this.settings.maxConcurrentSends) await Promise.race(this.sending);
  }

  private async settled(): Promise<void> {
    while (this.sending.size > 0 || this.recorder.pending) {
      await Promise.allSettled([...this.sending]);
      await this.recorder.settled();
    }
  }

  /** The request counts against the concurrency limit until Teams answers; recording the outcome does not. */
  private send(tenantId: string, delivery: Delivery, startedAt: number): void {
    const request = this.deliver(tenantId, delivery, startedAt).then((recordOutcome) => recordOutcome());
    const tracked: Promise<void> = request
      .catch((error: unknown) => this.dependencies.logger.error('could not deliver a notification', { error }))
      .finally(() => this.sending.delete(tracked));
    this.sending.add(tracked);
  }

  /** Sends; answers how to record the outcome, so the write does not hold a place among the requests under way. */
  private async deliver(tenantId: string, delivery: Delivery, startedAt: number): Promise<() => void> {
    const { notification, conversationKey } = delivery;
    let message: OutgoingMessage;
    try {
      message = this.messages.for(notification);
    } catch (error) {
      this.dependencies.logger.error('could not build a notification', { id: notification.id, error });
      return () => this.recorder.giveUp(notification, 'the notification could not be built', false);
    }
    for (let attemptStartedAt = startedAt; ; ) {
      const failure = await this.attempt(tenantId, delivery, message, attemptStartedAt);
      if (!failure) {
        const sentAt = this.clock.now();
        return () => this.recorder.sent(notification, sentAt);
      }
      const now = this.clock.now();
      const outcome = this.policy.afterFailure(notification, failure, now);
      if (failure.kind === 'throttled') this.pacing.pause(conversationKey, now + failure.retryAfterMs);
      if (outcome.kind !== 'retry') return () => this.recorder.failed(notification, outcome);
      await this.pacing.waitForBoth(tenantId, conversationKey);
      attemptStartedAt = this.pacing.started(tenantId, conversationKey);
    }
  }

  /** One request to Teams; answers how it failed, if it did. */
  private async attempt(tenantId: string, delivery: Delivery, message: OutgoingMessage, startedAt: number): Promise<SendFailure | undefined> {
    try {
      await this.dependencies.sender.send(delivery.reference!, message);
      return undefined;
    } catch (error) {
      return failureOf(error);
    } finally {
      this.pacing.answered(tenantId, delivery.conversationKey, startedAt);
    }
  }
}
