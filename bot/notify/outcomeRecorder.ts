import type { Logger } from '../logger';
import type { Clock } from './clock';
import type { ConversationReferences } from './conversationReferences';
import type { Outbox, StoredNotification } from './outbox';
import type { OutboxWatch } from './outboxWatch';
import type { AfterFailure } from './sendPolicy';

const SENT_BATCH_SIZE = 100;
const SENT_BATCH_WAIT_MS = 25;

export interface OutcomeRecorderDependencies {
  outbox: Pick<Outbox, 'markSent' | 'reschedule' | 'fail' | 'handBack'>;
  conversations: Pick<ConversationReferences, 'retire'>;
  watch: Pick<OutboxWatch, 'putOff'>;
  logger: Logger;
  clock: Clock;
}

/**
 * Writes what became of each notification to the outbox, in the background: the sends do not wait for the store.
 * Every write is conditioned on the claim's ETag, so one another instance took over in between is left as it is.
 */
export class OutcomeRecorder {
  /** Writes under way. */
  private readonly writing = new Set<Promise<void>>();
  private readonly sentBuffer: { notification: StoredNotification; at: number }[] = [];
  private flushTimer?: NodeJS.Timeout;

  constructor(private readonly dependencies: OutcomeRecorderDependencies) {}

  /** Deliveries are recorded in bulk: a fan-out then costs the store one write per notification, in few requests. */
  sent(notification: StoredNotification, at: number): void {
    this.sentBuffer.push({ notification, at });
    if (this.sentBuffer.length >= SENT_BATCH_SIZE) this.flushSent();
    else this.flushTimer ??= setTimeout(() => this.flushSent(), SENT_BATCH_WAIT_MS);
  }

  failed(notification: StoredNotification, outcome: Exclude<AfterFailure, { kind: 'retry' }>): void {
    switch (outcome.kind) {
      case 'putOff':
        this.putOff(notification, outcome.at, { countAttempt: outcome.countAttempt, reason: outcome.reason });
        return;
      case 'giveUp':
        this.giveUp(notification, outcome.reason, outcome.countAttempt);
        return;
      case 'conversationGone':
        this.track(this.retire(notification, outcome.reason));
    }
  }

  giveUp(notification: StoredNotification, reason: string, countAttempt: boolean): void {
    this.track(this.dependencies.outbox.fail(notification, reason, countAttempt, this.dependencies.clock.now()));
  }

  /** Back to the outbox until `at`; this instance looks again then. */
  putOff(notification: StoredNotification, at: number, change: { countAttempt: boolean; reason?: string }): void {
    this.track(
      this.dependencies.outbox.reschedule(notification, at, change).then(() => this.dependencies.watch.putOff(notification.tenantId, at)),
    );
  }

  /** Claimed but not started (stopping): due again at once, for whichever instance runs. */
  async handBack(notifications: readonly StoredNotification[]): Promise<void> {
    if (notifications.length > 0) await this.dependencies.outbox.handBack(notifications, this.dependencies.clock.now());
  }

  /** Whether anything is still to be written. */
  get pending(): boolean {
    return this.writing.size + this.sentBuffer.length > 0;
  }

  /** Writes what is buffered and waits until every write has ended. */
  async settled(): Promise<void> {
    while (this.pending) {
      this.flushSent();
      await Promise.allSettled([...this.writing]);
    }
  }

  private async retire(notification: StoredNotification, reason: string): Promise<void> {
    const { tenantId, recipient } = notification;
    this.dependencies.logger.info('the recipient’s chat is gone or blocks the bot: its conversation reference is retired', { tenantId, recipient, reason });
    await this.dependencies.conversations.retire(tenantId, 'personal', recipient);
    await this.dependencies.outbox.fail(notification, `conversation gone: ${reason}`, true, this.dependencies.clock.now());
  }

  private flushSent(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const batch = this.sentBuffer.splice(0);
    if (batch.length === 0) return;
    this.track(
      this.dependencies.outbox.markSent(batch).then((written) =>
        written.forEach((notification, index) => {
          if (notification) return;
          this.dependencies.logger.warn('delivered after another instance took the notification over: it may arrive twice', {
            id: batch[index].notification.id,
          });
        }),
      ),
    );
  }

  private track(work: Promise<unknown>): void {
    const tracked: Promise<void> = work
      .then(
        () => undefined,
        (error: unknown) => this.dependencies.logger.error('could not record a notification’s outcome', { error }),
      )
      .finally(() => this.writing.delete(tracked));
    this.writing.add(tracked);
  }
}
