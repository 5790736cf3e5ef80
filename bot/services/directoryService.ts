import type { TenantDoc, UserDoc } from '../domain/documents';
import { holdersOf } from '../domain/permissions';
import type { PartnerCenterRole } from '../domain/roles';
import type { DirectoryRepository } from '../store/directoryRepository';
import { ReadThroughCache } from '../store/readThroughCache';

interface RoleQuestion {
  tenantId: string;
  roles: readonly PartnerCenterRole[];
}

/**
 * What the use cases ask about a company's people. A roster entry and the list of people are read fresh: roles decide
 * what may be changed. "Who holds this role" (to name the people to ask) and the roster for the people pickers on cards
 * are asked for on many turns and change only on import, so they are remembered for a short while.
 */
export class DirectoryService {
  private readonly holders: ReadThroughCache<RoleQuestion, UserDoc[]>;
  private readonly rosters: ReadThroughCache<string, UserDoc[]>;

  constructor(private readonly directory: DirectoryRepository) {
    this.holders = new ReadThroughCache(
      async ({ tenantId, roles }: RoleQuestion) => holdersOf(await directory.listUsersWithAnyRole(tenantId, roles), roles) as UserDoc[],
      ({ tenantId, roles }) => `${tenantId}|${[...roles].sort().join(',')}`,
    );
    this.rosters = new ReadThroughCache(
      async (tenantId: string) => (await directory.listUsers(tenantId)).sort((a, b) => a.displayName.localeCompare(b.displayName)),
      (tenantId) => tenantId,
    );
  }

  getTenant(tenantId: string): Promise<TenantDoc | undefined> {
    return this.directory.getTenant(tenantId);
  }

  getUser(tenantId: string, aadObjectId: string): Promise<UserDoc | undefined> {
    return this.directory.getUser(tenantId, aadObjectId);
  }

  listUsers(tenantId: string): Promise<UserDoc[]> {
    return this.directory.listUsers(tenantId);
  }

  /** The company's people by name, as the roster stood at most a short while ago: for pickers, not for decisions. */
  async roster(tenantId: string): Promise<readonly UserDoc[]> {
    return (await this.rosters.get(tenantId)) ?? [];
  }

  async holdersOfRoles(tenantId: string, roles: readonly PartnerCenterRole[]): Promise<UserDoc[]> {
    return (await this.holders.get({ tenantId, roles })) ?? [];
  }
}
