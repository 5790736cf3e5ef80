import type { TenantDoc, UserDoc } from '../domain/documents';
import { PeopleIndex } from '../domain/peopleSearch';
import { holdersOf } from '../domain/permissions';
import { mayReceiveBenefits } from '../domain/recipient';
import type { PartnerCenterRole } from '../domain/roles';
import type { DirectoryRepository } from '../store/directoryRepository';
import { ReadThroughCache } from '../store/readThroughCache';
import type { CallerLookups } from './caller';

interface RoleQuestion {
  tenantId: string;
  roles: readonly PartnerCenterRole[];
}

/**
 * What the use cases ask about a company's people. A roster entry is read fresh: roles decide what may be changed.
 * What every turn asks (who is calling, their company) and what many turns show (the people by name, for pickers and
 * names on cards; "who holds this role", to name the people to ask) change only on import, so they are remembered for
 * a short while.
 */
export class DirectoryService {
  private readonly holders: ReadThroughCache<RoleQuestion, UserDoc[]>;
  private readonly rosters: ReadThroughCache<string, UserDoc[]>;
  private readonly profiles: ReadThroughCache<string, TenantDoc>;
  private readonly rosterEntries: ReadThroughCache<{ tenantId: string; aadObjectId: string }, UserDoc>;
  /** Built once per remembered roster, which is the same list until it is read again. */
  private readonly recipientIndexes = new WeakMap<readonly UserDoc[], PeopleIndex<UserDoc>>();

  /** Who is calling and from which company, for a turn: remembered, since every turn asks. */
  readonly callerLookups: CallerLookups = {
    getTenant: (tenantId) => this.profiles.get(tenantId),
    getUser: (tenantId, aadObjectId) => this.rosterEntries.get({ tenantId, aadObjectId }),
  };

  constructor(private readonly directory: DirectoryRepository) {
    this.holders = new ReadThroughCache(
      async ({ tenantId, roles }: RoleQuestion) => holdersOf(await directory.listUsersWithAnyRole(tenantId, roles), roles) as UserDoc[],
      ({ tenantId, roles }) => `${tenantId}|${[...roles].sort().join(',')}`,
    );
    this.rosters = new ReadThroughCache(
      (tenantId: string) => directory.listUsers(tenantId),
      (tenantId) => tenantId,
    );
    this.profiles = new ReadThroughCache((tenantId: string) => directory.getTenant(tenantId), (tenantId) => tenantId);
    this.rosterEntries = new ReadThroughCache(
      ({ tenantId, aadObjectId }: { tenantId: string; aadObjectId: string }) => directory.getUser(tenantId, aadObjectId),
      ({ tenantId, aadObjectId }) => `${tenantId}|${aadObjectId}`,
    );
  }

  getTenant(tenantId: string): Promise<TenantDoc | undefined> {
    return this.directory.getTenant(tenantId);
  }

  getUser(tenantId: string, aadObjectId: string): Promise<UserDoc | undefined> {
    return this.directory.getUser(tenantId, aadObjectId);
  }

  /** The company's people by name, as the roster stood at most a short while ago: to show, not to decide. */
  async roster(tenantId: string): Promise<readonly UserDoc[]> {
    return (await this.rosters.get(tenantId)) ?? [];
  }

  /**
   * The people who may receive a benefit (or be the marketing contact), by name, ready to be searched as an admin types:
   * from the remembered roster, so a search costs no read of the store.
   */
  async recipients(tenantId: string): Promise<PeopleIndex<UserDoc>> {
    const roster = await this.roster(tenantId);
    let index = this.recipientIndexes.get(roster);
    if (!index) {
      index = new PeopleIndex(roster.filter(mayReceiveBenefits));
      this.recipientIndexes.set(roster, index);
    }
    return index;
  }

  async holdersOfRoles(tenantId: string, roles: readonly PartnerCenterRole[]): Promise<UserDoc[]> {
    return (await this.holders.get({ tenantId, roles })) ?? [];
  }
}
