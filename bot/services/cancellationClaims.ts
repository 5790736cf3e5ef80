import type { TenantDoc } from '../domain/documents';
import { isOpenRequest } from '../domain/request';
import { updateConditioned } from '../store/conditionedUpdate';
import type { RequestRepository, StoredRequest } from '../store/requestRepository';
import type { Stored } from '../store/tenantDocuments';
import type { TenantRepository } from '../store/tenantRepository';
import type { TurnDeadline } from '../domain/turnDeadline';

/**
 * One open cancellation request per target. Two admins filing at the same moment both pass the check of the list,
 * so each filed request then claims its target on the company profile, written with the profile's ETag: the writes
 * are serialized, and the later one finds the earlier request there, still open.
 */
export class CancellationClaims {
  constructor(private readonly dependencies: { tenants: TenantRepository; requests: RequestRepository }) {}

  /** Undefined once `filed` holds the target (a benefit id, or `actionPack`); otherwise the open request that does. */
  async claim(tenantId: string, targetId: string, filed: StoredRequest, deadline: TurnDeadline): Promise<StoredRequest | undefined> {
    const { tenants, requests } = this.dependencies;
    let holder: StoredRequest | undefined;
    return updateConditioned<Stored<TenantDoc>, StoredRequest | undefined>({
      read: async () => {
        const profile = await tenants.getProfile(tenantId);
        const holderId = profile?.cancellationRequestIds?.[targetId];
        holder = holderId === undefined || holderId === filed.requestId ? undefined : await requests.get(tenantId, holderId);
        return profile;
      },
      decide: (profile) => {
        // Unreachable in practice: a company without a profile is refused before anything is filed.
        if (!profile) return { stop: undefined };
        if (holder && isOpenRequest(holder)) return { stop: holder };
        return {
          write: { ...profile, cancellationRequestIds: { ...profile.cancellationRequestIds, [targetId]: filed.requestId } },
          result: () => undefined,
        };
      },
      replace: (next, etag) => tenants.replaceProfile(next, etag),
      deadline,
    });
  }
}
