import type { ServiceRequest } from '../domain/request';
import type { RequestRepository, StoredRequest } from '../store/requestRepository';
import type { ActionContext, KnownCaller } from './actionContext';
import { done, type Outcome } from './outcome';
import { runAction, type ActionDependencies, type ActionSpec } from './runAction';

/** What a kind of request decides from the caller's input; the filing fills in id, status, date and author. */
export type RequestDraft = Omit<ServiceRequest, 'requestId' | 'status' | 'createdAt' | 'createdBy'>;

export interface RequestFiling<TInput> extends ActionSpec<TInput> {
  /** The request to file for this input, or the rule that refuses it. */
  draft(caller: KnownCaller, input: TInput): Promise<Outcome<RequestDraft>>;
  /**
   * For requests of which only one may be open at a time: makes the request just filed the one, or answers the
   * refusal that names the one there is, and the request just filed is withdrawn. The draft's check cannot see a
   * request filed at the same moment; this can.
   */
  claim?(caller: KnownCaller, filed: StoredRequest): Promise<Outcome<never> | undefined>;
}

export interface FiledRequest {
  request: StoredRequest;
}

/**
 * Files service requests of any kind (presales and advisory help, cancellations, …) through the same checks as every
 * change. The request id comes from the activity's idempotency key, so a redelivered activity answers with the
 * request it filed.
 */
export class ServiceRequests {
  constructor(private readonly dependencies: ActionDependencies & { requests: RequestRepository }) {}

  file<TInput>(context: ActionContext, filing: RequestFiling<TInput>, input: unknown): Promise<Outcome<FiledRequest>> {
    const { requests } = this.dependencies;
    return runAction(this.dependencies, context, filing, input, async (caller, parsed) => {
      const earlier = await requests.filedBy(caller.tenantId, context.idempotencyKey, context.now);
      if (earlier) return { outcome: done({ request: earlier }, true), target: `request:${earlier.requestId}`, after: earlier };

      const draft = await filing.draft(caller, parsed);
      if (draft.kind !== 'done') return { outcome: draft, target: filing.name };
      context.deadline.check();
      const { request, created } = await requests.fileOnce(caller.tenantId, context.idempotencyKey, {
        ...draft.value,
        status: 'open',
        createdAt: context.now.toISOString(),
        createdBy: caller.user.aadObjectId,
      });
      const target = `request:${request.requestId}`;
      const refusal = created ? await filing.claim?.(caller, request) : undefined;
      if (refusal) {
        // Not held to the deadline: taking back what this turn filed keeps "nothing was changed" true.
        await requests.withdraw(caller.tenantId, request.requestId);
        return { outcome: refusal, target };
      }
      return { outcome: done({ request }, !created), target, after: request };
    });
  }
}
