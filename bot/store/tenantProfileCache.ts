import type { TenantDoc } from '../domain/documents';

/**
 * The company profile, read once per half minute per process rather than on every turn: it changes only on import and
 * on Action Pack changes, and the use cases that change it read it fresh with its ETag. A company not found is not
 * remembered, so a first import is seen at once.
 */
export class TenantProfileCache {
  private readonly entries = new Map<string, { profile: TenantDoc; until: number }>();

  constructor(
    private readonly read: (tenantId: string) => Promise<TenantDoc | undefined>,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async get(tenantId: string): Promise<TenantDoc | undefined> {
    const cached = this.entries.get(tenantId);
    if (cached && cached.until > this.now()) return cached.profile;
    const profile = await this.read(tenantId);
    if (profile) this.entries.set(tenantId, { profile, until: this.now() + this.ttlMs });
    else this.entries.delete(tenantId);
    return profile;
  }
}
