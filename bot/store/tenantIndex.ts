import type { Container } from '@azure/cosmos';
import { storeCall } from './errors';

/** The companies in the store: the one question the notifier asks across tenants. */
export class TenantIndex {
  constructor(private readonly container: Container) {}

  listTenantIds(): Promise<string[]> {
    return storeCall(async () => {
      const { resources } = await this.container.items
        .query<string>("SELECT VALUE c.tenantId FROM c WHERE c.type = 'tenant'")
        .fetchAll();
      return resources;
    });
  }
}
