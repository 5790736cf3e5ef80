import type { UserDoc } from '../domain/documents';
import { holdersOf } from '../domain/permissions';
import type { PartnerCenterRole } from '../domain/roles';
import type { DirectoryRepository } from '../store/directoryRepository';

/** Answers "who in the company holds this role", so a refusal can name the people to ask. */
export class DirectoryService {
  constructor(private readonly directory: DirectoryRepository) {}

  async holdersOfRoles(tenantId: string, roles: readonly PartnerCenterRole[]): Promise<UserDoc[]> {
    const candidates = await this.directory.listUsersWithAnyRole(tenantId, roles);
    return holdersOf(candidates, roles) as UserDoc[];
  }
}
