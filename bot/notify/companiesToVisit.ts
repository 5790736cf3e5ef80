import { Cache, type CachePolicy } from '../domain/cache';
import type { TenantIndex } from '../store/tenantIndex';
import type { Clock } from './clock';
import type { OutboxWatch } from './outboxWatch';

/** The companies change on import only; between wake-ups, a new one is dispatched to within this time. */
const TENANT_LIST: CachePolicy = { name: 'dispatcher.tenantList', ttlMs: 30_000, maxEntries: 1 };
const ALL_COMPANIES = 'all';

/**
 * Which companies a pass looks at. Woken (something new is due), all of them, freshly listed; between wake-ups only
 * those whose outbox may hold something due, from a list read again after a while, since listing the companies is a
 * query across all of them.
 */
export class CompaniesToVisit {
  private readonly tenantList: Cache<string[]>;

  constructor(
    private readonly tenants: Pick<TenantIndex, 'listTenantIds'>,
    private readonly watch: Pick<OutboxWatch, 'needsLook'>,
    private readonly clock: Clock,
  ) {
    this.tenantList = new Cache(TENANT_LIST, () => clock.now());
  }

  async forPass(woken: boolean): Promise<string[]> {
    const tenantIds = await this.companies(woken);
    return woken ? tenantIds : this.needingLook(tenantIds);
  }

  private async companies(fresh: boolean): Promise<string[]> {
    const listed = fresh ? undefined : this.tenantList.get(ALL_COMPANIES);
    if (listed) return listed;
    const tenantIds = await this.tenants.listTenantIds();
    this.tenantList.set(ALL_COMPANIES, tenantIds);
    return tenantIds;
  }

  private async needingLook(tenantIds: readonly string[]): Promise<string[]> {
    const now = this.clock.now();
    const needed = await Promise.all(tenantIds.map((tenantId) => this.watch.needsLook(tenantId, now)));
    return tenantIds.filter((_tenantId, index) => needed[index]);
  }
}
