import type { Logger } from '../logger';
import type { BenefitRepository } from '../store/benefitRepository';
import type { DirectoryRepository } from '../store/directoryRepository';
import type { NotificationSettingsStore } from '../store/notificationSettingsStore';
import type { PreferenceRepository } from '../store/preferenceRepository';
import type { RequestRepository } from '../store/requestRepository';
import type { TenantIndex } from '../store/tenantIndex';
import type { TenantRepository } from '../store/tenantRepository';
import type { ConversationReferences } from './conversationReferences';
import { dueEvents, type TenantState } from './dueEvents';
import type { Outbox } from './outbox';
import { deliveriesFor } from './recipients';

export interface SchedulerDependencies {
  tenants: Pick<TenantIndex, 'listTenantIds'>;
  directory: DirectoryRepository;
  benefits: BenefitRepository;
  requests: RequestRepository;
  profiles: TenantRepository;
  settings: NotificationSettingsStore;
  preferences: PreferenceRepository;
  conversations: Pick<ConversationReferences, 'reachablePeople'>;
  outbox: Outbox;
  logger: Logger;
  now?: () => Date;
}

export interface PassResult {
  events: number;
  /** Notifications recorded by this pass; those recorded before are not counted again. */
  created: number;
  /** Deliveries left out for now: the person has no chat with the bot yet (a later pass retries). */
  unreachable: number;
}

/**
 * Finds what is due from the state itself: the benefits, requests and profile of each company. A change made in a
 * conversation, by an import or by hand is noticed the same way, and a pass repeated on any instance records nothing
 * twice because each notification's id comes from what happened and to whom.
 */
export class NotificationScheduler {
  private timer?: NodeJS.Timeout;
  private running = new Map<string, Promise<PassResult>>();
  private rerun = new Set<string>();
  private pass?: Promise<void>;
  private started = false;
  private readonly enqueuedListeners: ((tenantId: string) => void)[] = [];

  constructor(private readonly dependencies: SchedulerDependencies) {}

  /** Called after a pass recorded new notifications for a company (the dispatcher wakes up). */
  onEnqueued(listener: (tenantId: string) => void): void {
    this.enqueuedListeners.push(listener);
  }

  start(intervalMs: number): void {
    if (this.started) return;
    this.started = true;
    const tick = () => {
      this.pass ??= this.runAll()
        .then(() => undefined, (error: unknown) => this.dependencies.logger.error('notification pass failed', { error }))
        .finally(() => (this.pass = undefined));
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    await this.pass;
    await Promise.allSettled(this.running.values());
  }

  /**
   * After a change, look at that company now rather than at the next pass. Does nothing unless the scheduler runs,
   * so a use case may always call it.
   */
  kick(tenantId: string): void {
    if (!this.started) return;
    this.runTenant(tenantId).catch((error: unknown) =>
      this.dependencies.logger.error('notification pass for a company failed', { tenantId, error }),
    );
  }

  async runAll(): Promise<PassResult> {
    const total: PassResult = { events: 0, created: 0, unreachable: 0 };
    for (const tenantId of await this.dependencies.tenants.listTenantIds()) {
      try {
        const result = await this.runTenant(tenantId);
        total.events += result.events;
        total.created += result.created;
        total.unreachable += result.unreachable;
      } catch (error) {
        this.dependencies.logger.error('notification pass for a company failed', { tenantId, error });
      }
    }
    return total;
  }

  /** One pass over one company; a pass asked for while one runs follows it, so no change is missed. */
  runTenant(tenantId: string): Promise<PassResult> {
    const current = this.running.get(tenantId);
    if (current) {
      this.rerun.add(tenantId);
      return current;
    }
    const pass = this.passOver(tenantId).finally(() => {
      this.running.delete(tenantId);
      if (this.rerun.delete(tenantId)) void this.runTenant(tenantId).catch(() => undefined);
    });
    this.running.set(tenantId, pass);
    return pass;
  }

  private async passOver(tenantId: string): Promise<PassResult> {
    const state = await this.readState(tenantId);
    if (!state) return { events: 0, created: 0, unreachable: 0 };
    const now = (this.dependencies.now ?? (() => new Date()))();
    const reachable = await this.dependencies.conversations.reachablePeople(tenantId);
    const result: PassResult = { events: 0, created: 0, unreachable: 0 };
    for (const event of dueEvents(state, now)) {
      const deliveries = deliveriesFor(event, state);
      const ready = deliveries.filter((delivery) => reachable.has(delivery.recipient));
      result.events += 1;
      result.unreachable += deliveries.length - ready.length;
      result.created += await this.dependencies.outbox.enqueue(tenantId, event, ready, now.getTime());
    }
    if (result.created > 0) {
      this.dependencies.logger.info('notifications recorded', { tenantId, ...result });
      for (const listener of this.enqueuedListeners) listener(tenantId);
    }
    return result;
  }

  private async readState(tenantId: string): Promise<TenantState | undefined> {
    const { directory, benefits, requests, profiles, settings, preferences } = this.dependencies;
    const [profile, roster, benefitList, requestList, marketingContact, tenantSettings, chosenLocales] = await Promise.all([
      profiles.getProfile(tenantId),
      directory.listUsers(tenantId),
      benefits.list(tenantId),
      requests.list(tenantId),
      profiles.getMarketingContact(tenantId),
      settings.settingsOf(tenantId),
      preferences.chosenLocales(tenantId),
    ]);
    if (!profile) return undefined;
    return { profile, roster, benefits: benefitList, requests: requestList, marketingContact, settings: tenantSettings, chosenLocales };
  }
}
