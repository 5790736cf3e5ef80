import type { ItemDefinition } from '@azure/cosmos';
import { DEMO_TENANT_ID } from './demo';
import type { TestApp } from './testApp';

export interface StoredAuditEvent {
  action: string;
  outcome: string;
  reason?: string;
  actor: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** One document as the app stored it, read by its id; undefined when there is none. */
export async function storedDocument<T extends ItemDefinition = ItemDefinition>(test: TestApp, id: string, tenantId = DEMO_TENANT_ID): Promise<T | undefined> {
  return (await test.app.store.domain.item(id, tenantId).read<T>()).resource;
}

/** Every document of one type the app stored for a tenant. */
export async function storedDocumentsOfType<T>(test: TestApp, type: string, tenantId = DEMO_TENANT_ID): Promise<T[]> {
  const { resources } = await test.app.store.domain.items
    .query<T>({
      query: 'SELECT * FROM c WHERE c.tenantId = @t AND c.type = @type',
      parameters: [{ name: '@t', value: tenantId }, { name: '@type', value: type }],
    })
    .fetchAll();
  return resources;
}

/** The tenant's audit log, or only its entries for one action. */
export async function auditEvents<T = StoredAuditEvent>(test: TestApp, action?: string, tenantId = DEMO_TENANT_ID): Promise<T[]> {
  const events = await storedDocumentsOfType<T & { action: string }>(test, 'audit', tenantId);
  return action === undefined ? events : events.filter((event) => event.action === action);
}
