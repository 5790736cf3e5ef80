import type { Container } from '@azure/cosmos';
import { createLogger } from '../bot/logger';
import { ConversationReferences } from '../bot/notify/conversationReferences';
import { Outbox } from '../bot/notify/outbox';
import { NotificationScheduler } from '../bot/notify/scheduler';
import { BenefitRepository } from '../bot/store/benefitRepository';
import { DirectoryRepository } from '../bot/store/directoryRepository';
import { NotificationSettingsStore } from '../bot/store/notificationSettingsStore';
import { OutboxDocuments } from '../bot/store/outboxDocuments';
import { PreferenceRepository } from '../bot/store/preferenceRepository';
import { RequestRepository } from '../bot/store/requestRepository';
import type { TenantDocuments } from '../bot/store/tenantDocuments';
import { TenantRepository } from '../bot/store/tenantRepository';

export interface Fanout {
  tenantId: string;
  documents: TenantDocuments;
  people: string[];
}

/**
 * The company's Action Pack renews in 30 days and everyone is an MPN partner admin: one scheduler pass records one
 * notice per person, as it would in the bot. Answers when it was recorded.
 */
export async function enqueueRenewalNotice(fanout: Fanout, container: Container): Promise<number> {
  const { documents, tenantId } = fanout;
  const scheduler = new NotificationScheduler({
    tenants: { listTenantIds: async () => [tenantId] },
    directory: new DirectoryRepository(documents),
    benefits: new BenefitRepository(documents),
    requests: new RequestRepository(documents),
    profiles: new TenantRepository(documents),
    settings: new NotificationSettingsStore(documents),
    preferences: new PreferenceRepository(documents),
    conversations: new ConversationReferences(documents),
    outbox: new Outbox(documents, new OutboxDocuments(container)),
    logger: createLogger('error'),
  });
  const at = Date.now();
  const result = await scheduler.runTenant(tenantId);
  if (result.created !== fanout.people.length) {
    throw new Error(`expected ${fanout.people.length} notifications, the scheduler recorded ${result.created}`);
  }
  return at;
}
