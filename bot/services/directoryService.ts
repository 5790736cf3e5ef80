import { Cache, FOREVER, type CachePolicy } from '../domain/cache';
import type { TenantDoc, UserDoc } from '../domain/documents';
import { PeopleIndex } from '../domain/peopleSearch';
import { holdersOf } from '../domain/permissions';
import { mayReceiveBenefits } from '../domain/recipient';
import type { PartnerCenterRole } from '../domain/roles';
import type { DirectoryRepository } from '../store/directoryRepository';
import { ReadThroughCache } from '../store/readThroughCache';
import type { CallerLookups } from './caller';

/** What every turn reads changes on import only: a change is seen within this time. */
const DIRECTORY_TTL_MS = 30_000;
/** People and companies remembered at most, per kind of read; a roster of thousands is one entry. */
const DIRECTORY_ENTRIES = 10_000;

const ROLE_HOLDERS: CachePolicy = { name: 'directory.roleHolders', ttlMs: DIRECTORY_TTL_MS, maxEntries: DIRECTORY_ENTRIES };
const ROSTERS: CachePolicy = { name: 'directory.rosters', ttlMs: DIRECTORY_TTL_MS, maxEntries: DIRECTORY_ENTRIES };
const PROFILES: CachePolicy = { name: 'directory.profiles', ttlMs: DIRECTORY_TTL_MS, maxEntries: DIRECTORY_ENTRIES };
const ROSTER_ENTRIES: CachePolicy = { name: 'directory.rosterEntries', ttlMs: DIRECTORY_TTL_MS, maxEntries: DIRECTORY_ENTRIES };
/** Rebuilt from the roster whenever it is read again; kept for as many companies as rosters are. */
const RECIPIENT_INDEXES: CachePolicy = { name: 'directory.recipientIndexes', ttlMs: FOREVER, maxEntries: DIRECTORY_ENTRIES };

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
  /** Per company, the searchable people of the roster last read: built once per read of the roster. */
  private readonly recipientIndexes = new Cache<{ roster: readonly UserDoc[]; index: PeopleIndex<UserDoc> }>(RECIPIENT_INDEXES);
  /** A read of the roster under way, per company: keystrokes meanwhile wait for it rather than read again. */
  private readonly recipientReads = new Map<string, Promise<PeopleIndex<UserDoc>>>();

  /** Who is calling and from which company, for a turn: remembered, since every turn asks. */
  readonly callerLookups: CallerLookups = {
    getTenant: (tenantId) => this.profiles.get(tenantId),
    getUser: (tenantId, aadObjectId) => this.rosterEntries.get({ tenantId, aadObjectId }),
  };

  constructor(private readonly directory: DirectoryRepository) {
    this.holders = new ReadThroughCache(
      async ({ tenantId, roles }: RoleQuestion) => holdersOf(await directory.listUsersWithAnyRole(tenantId, roles), roles) as UserDoc[],
      ({ tenantId, roles }) => `${tenantId}|${[...roles].sort().join(',')}`,
      ROLE_HOLDERS,
    );
    this.rosters = new ReadThroughCache(
      (tenantId: string) => directory.listUsers(tenantId),
      (tenantId) => tenantId,
      ROSTERS,
    );
    this.profiles = new ReadThroughCache((tenantId: string) => directory.getTenant(tenantId), (tenantId) => tenantId, PROFILES);
    this.rosterEntries = new ReadThroughCache(
      ({ tenantId, aadObjectId }: { tenantId: string; aadObjectId: string }) => directory.getUser(tenantId, aadObjectId),
      ({ tenantId, aadObjectId }) => `${tenantId}|${aadObjectId}`,
      ROSTER_ENTRIES,
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
   * from the remembered roster, so a keystroke costs no read of the store. Reading a roster of thousands takes seconds,
   * longer than Teams waits for a search, so once the remembered roster has expired the search answers from the one
   * before while it is read again; the service re-checks whoever is finally picked.
   */
  async recipients(tenantId: string): Promise<PeopleIndex<UserDoc>> {
    let reading = this.recipientReads.get(tenantId);
    if (!reading) {
      reading = this.roster(tenantId)
        .then((roster) => this.recipientIndexOf(tenantId, roster))
        .finally(() => this.recipientReads.delete(tenantId));
      this.recipientReads.set(tenantId, reading);
    }
    const last = this.recipientIndexes.get(tenantId);
    if (!last) return reading;
    reading.catch(() => undefined);
    return last.index;
  }

  private recipientIndexOf(tenantId: string, roster: readonly UserDoc[]): PeopleIndex<UserDoc> {
    const last = this.recipientIndexes.get(tenantId);
    if (last?.roster === roster) return last.index;
    const index = new PeopleIndex(roster.filter(mayReceiveBenefits));
    this.recipientIndexes.set(tenantId, { roster, index });
    return index;
  }

  async holdersOfRoles(tenantId: string, roles: readonly PartnerCenterRole[]): Promise<UserDoc[]> {
    return (await this.holders.get({ tenantId, roles })) ?? [];
  }
}
