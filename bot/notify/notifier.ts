import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppConfig } from '../config';
import type { OutboxDoc } from '../domain/documents';
import type { Logger } from '../logger';
import type { NotificationTrigger } from '../services/notificationTrigger';
import { BenefitRepository } from '../store/benefitRepository';
import { DirectoryRepository } from '../store/directoryRepository';
import { NotificationSettingsStore } from '../store/notificationSettingsStore';
import { OutboxDocuments } from '../store/outboxDocuments';
import { PreferenceRepository } from '../store/preferenceRepository';
import { RequestRepository } from '../store/requestRepository';
import type { StoreConnection } from '../store/storeConnection';
import type { TenantDocuments } from '../store/tenantDocuments';
import { TenantIndex } from '../store/tenantIndex';
import { TenantRepository } from '../store/tenantRepository';
import type { ConversationReferences } from './conversationReferences';
import { DEFAULT_DISPATCHER_SETTINGS, Dispatcher } from './dispatcher';
import { Outbox } from './outbox';
import type { OutgoingMessage, ProactiveSender } from './proactiveSender';
import { NotificationScheduler } from './scheduler';

export interface NotifierParts {
  config: Pick<AppConfig, 'notifications' | 'retention'>;
  store: Pick<StoreConnection, 'domain'>;
  documents: TenantDocuments;
  conversations: ConversationReferences;
  trigger: NotificationTrigger;
  sender: ProactiveSender;
  render(notification: OutboxDoc): OutgoingMessage;
  logger: Logger;
}

export interface RunningNotifier {
  scheduler: NotificationScheduler;
  dispatcher: Dispatcher;
  /** Stops finding and claiming work, and waits for the sends under way. */
  stop(): Promise<void>;
}

/** The scheduler that records what is due and the dispatcher that delivers it, both running in this process. */
export function startNotifier(parts: NotifierParts): RunningNotifier {
  const { config, documents, logger } = parts;
  const scheduler = new NotificationScheduler({
    tenants: new TenantIndex(parts.store.domain),
    directory: new DirectoryRepository(documents),
    benefits: new BenefitRepository(documents),
    requests: new RequestRepository(documents),
    profiles: new TenantRepository(documents),
    settings: new NotificationSettingsStore(documents),
    preferences: new PreferenceRepository(documents),
    conversations: parts.conversations,
    outbox: new Outbox(documents, new OutboxDocuments(parts.store.domain), config.retention.finishedOutboxDays),
    logger: logger.child('scheduler'),
  });
  const dispatcher = createDispatcher(parts);
  scheduler.onEnqueued(() => dispatcher.wake());
  parts.trigger.connect((tenantId) => scheduler.kick(tenantId));
  dispatcher.start();
  scheduler.start(config.notifications.schedulerIntervalMs);
  return {
    scheduler,
    dispatcher,
    async stop() {
      parts.trigger.disconnect();
      await scheduler.stop();
      await dispatcher.stop();
    },
  };
}

/** A dispatcher for this process: several processes may run one each on the same store. */
export function createDispatcher(parts: Omit<NotifierParts, 'trigger'>): Dispatcher {
  const { config, logger } = parts;
  const settings = config.notifications;
  return new Dispatcher(
    {
      outbox: new Outbox(parts.documents, new OutboxDocuments(parts.store.domain), config.retention.finishedOutboxDays),
      tenants: new TenantIndex(parts.store.domain),
      conversations: parts.conversations,
      sender: parts.sender,
      render: parts.render,
      logger: logger.child('dispatcher'),
    },
    {
      ...DEFAULT_DISPATCHER_SETTINGS,
      instanceId: `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
      pollIntervalMs: settings.pollIntervalMs,
      leaseMs: settings.leaseMs,
      maxAttempts: settings.maxAttempts,
      tenantRatePerSecond: settings.tenantRatePerSecond,
    },
  );
}
