import type { UserDoc } from '../domain/documents';
import { holdersOf } from '../domain/permissions';
import type { PartnerCenterRole } from '../domain/roles';
import type { DirectoryRepository } from '../store/directoryRepository';
import { ReadThroughCache } from '../store/readThroughCache';

interface RoleQuestion {
  tenantId: string;
  roles: readonly PartnerCenterRole[];
}

/**
 * Answers "who in the company holds this role", so a refusal or the help card can name the people to ask. The roster
 * changes only on import, and the answer is asked for on many turns, so it is remembered for a short while.
 */
export class DirectoryService {
  private readonly holders: ReadThroughCache<RoleQuestion, UserDoc[]>;

  constructor(directory: DirectoryRepository) {
    this.holders = new ReadThroughCache(
      async ({ tenantId, roles }: RoleQuestion) => holdersOf(await directory.listUsersWithAnyRole(tenantId, roles), roles) as UserDoc[],
      ({ tenantId, roles }) => `${tenantId}|${[...roles].sort().join(',')}`,
    );
  }

  async holdersOfRoles(tenantId: string, roles: readonly PartnerCenterRole[]): Promise<UserDoc[]> {
    return (await this.holders.get({ tenantId, roles })) ?? [];
  }
}
