import type { Activity, ConversationReference } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { FakeTeamsConnector, type FakeConnectorOptions } from '../../../bench/fakeTeamsConnector';
import { startCountingCosmos, type CosmosRequestCounts } from '../../../bench/support/countingCosmos';
import { createAdapter } from '../../../bot/adapter';
import { conversationRefDocId, type ConversationRefDoc, type OutboxDoc } from '../../../bot/domain/documents';
import { createLogger } from '../../../bot/logger';
import type { Clock } from '../../../bot/notify/clock';
import { ConversationReferences } from '../../../bot/notify/conversationReferences';
import { DEFAULT_DISPATCHER_SETTINGS, Dispatcher, type DispatcherSettings } from '../../../bot/notify/dispatcher';
import type { NotificationEvent } from '../../../bot/notify/dueEvents';
import { Outbox } from '../../../bot/notify/outbox';
import type { ProactiveSender } from '../../../bot/notify/proactiveSender';
import { AdapterProactiveSender } from '../../../bot/proactiveSender';
import { importTenant, parseImportFile } from '../../../bot/services/importTenant';
import { createCosmosClient } from '../../../bot/store/cosmosClient';
import { OutboxDocuments } from '../../../bot/store/outboxDocuments';
import { TenantDocuments } from '../../../bot/store/tenantDocuments';
import { TenantIndex } from '../../../bot/store/tenantIndex';
import { renderNotification } from '../../../dialogs/notifications/renderNotification';
import { demoFileJson, DEMO_TENANT_ID } from '../../support/demo';
import type { Container, CosmosClient } from '@azure/cosmos';

export const quietLogger = createLogger('silent');

/**
 * The demo company in a fresh embedded store that counts the requests it serves, a fake Teams connector on loopback,
 * and everything a dispatcher needs; each test builds the dispatchers it wants.
 */
export interface DeliveryHarness {
  container: Container;
  documents: TenantDocuments;
  outbox: Outbox;
  conversations: ConversationReferences;
  connector: FakeTeamsConnector;
  /** What the store has served so far, by kind. */
  storeRequests(): CosmosRequestCounts;
  /** Gives the person a personal chat with the bot; answers its conversation id. */
  install(recipient: string): Promise<string>;
  /** Records one event for these people, due now. */
  enqueue(eventId: string, recipients: readonly string[], now?: number): Promise<void>;
  notification(eventId: string, recipient: string): Promise<OutboxDoc & { _etag: string }>;
  dispatcher(settings?: Partial<DispatcherSettings>, parts?: { clock?: Clock; sender?: ProactiveSender }): Dispatcher;
  stop(): Promise<void>;
}

export async function startDeliveryHarness(connectorOptions: FakeConnectorOptions = {}): Promise<DeliveryHarness> {
  const cosmos = await startCountingCosmos();
  const client: CosmosClient = createCosmosClient(cosmos);
  const { database } = await client.databases.createIfNotExists({ id: `notify-${randomUUID()}` });
  const { container } = await database.containers.createIfNotExists({ id: 'benefits', partitionKey: { paths: ['/tenantId'] } });
  const documents = new TenantDocuments(container);
  await importTenant(documents, parseImportFile(demoFileJson()), 'seed');
  const connector = await new FakeTeamsConnector(connectorOptions).start();
  const outbox = new Outbox(documents, new OutboxDocuments(container));
  const conversations = new ConversationReferences(documents);
  const adapter = createAdapter({});

  return {
    container,
    documents,
    outbox,
    conversations,
    connector,
    storeRequests: cosmos.counts,
    async install(recipient) {
      const conversationId = `a:personal-${recipient}`;
      const reference: Partial<ConversationReference> = {
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: conversationId, conversationType: 'personal', tenantId: DEMO_TENANT_ID, isGroup: false, name: '' },
        bot: { id: '28:mpn-benefits-bot', name: 'MPN benefits' },
        user: { id: `29:${recipient}`, name: recipient, aadObjectId: recipient },
      };
      const document: ConversationRefDoc = {
        id: conversationRefDocId('personal', recipient),
        tenantId: DEMO_TENANT_ID,
        type: 'conversationRef',
        scope: 'personal',
        key: recipient,
        reference: JSON.parse(JSON.stringify(reference)),
        updatedAt: new Date().toISOString(),
      };
      await documents.upsert(document);
      return conversationId;
    },
    async enqueue(eventId, recipients, now = Date.now()) {
      const event: NotificationEvent = {
        id: eventId,
        kind: 'actionPackRenewal',
        facts: { renewalDate: '2027-01-15', autoRenew: true, daysLeft: 30, stage: '30d' },
        audience: { admins: true, marketingContact: false, people: [] },
      };
      await outbox.enqueue(DEMO_TENANT_ID, event, recipients.map((recipient) => ({ recipient, locale: 'en' as const })), now);
    },
    async notification(eventId, recipient) {
      const found = await outbox.get(DEMO_TENANT_ID, `outbox:${eventId}:${recipient}`);
      if (!found) throw new Error(`no notification ${eventId} for ${recipient}`);
      return found;
    },
    dispatcher(settings = {}, parts = {}) {
      return new Dispatcher(
        {
          outbox,
          tenants: new TenantIndex(container),
          conversations,
          sender: parts.sender ?? new AdapterProactiveSender(adapter, undefined),
          render: (notification): Partial<Activity> => renderNotification(notification),
          logger: quietLogger,
          clock: parts.clock,
          random: () => 0.5,
        },
        { ...DEFAULT_DISPATCHER_SETTINGS, instanceId: `test-${randomUUID().slice(0, 8)}`, ...settings },
      );
    },
    async stop() {
      await connector.stop();
      client.dispose();
      await cosmos.close();
    },
  };
}
