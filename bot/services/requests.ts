import { z } from 'zod';
import type { StatusChange } from '../domain/documents';
import { RequestStatus } from '../domain/request';
import type { BenefitRepository } from '../store/benefitRepository';
import { updateConditioned } from '../store/conditionedUpdate';
import type { RequestRepository, StoredRequest } from '../store/requestRepository';
import type { ActionContext } from './actionContext';
import { done, refused, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies } from './runAction';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

export const StatusChangeInput = z
  .object({ requestId: z.string().trim().min(1).max(64), status: RequestStatus })
  .strict();
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;

/** A request as the list shows it: names instead of ids. */
export interface RequestSummary {
  request: StoredRequest;
  /** The benefit's name; undefined for requests about no single benefit (the Action Pack). */
  benefitName?: string;
  filedBy: string;
}

/** The company's service requests of every kind: the list, and the status support's answer gives them. */
export class ServiceRequestTracking {
  constructor(
    private readonly dependencies: ActionDependencies & { benefits: BenefitRepository; requests: RequestRepository },
  ) {}

  /** Newest first. */
  async list(context: ActionContext): Promise<Outcome<RequestSummary[]>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'manageRequests');
    if (!permission.ok) return permission.outcome;
    const { tenantId } = permission.caller;
    const [requests, benefits, users] = await Promise.all([
      this.dependencies.requests.list(tenantId),
      this.dependencies.benefits.list(tenantId),
      this.dependencies.directory.roster(tenantId),
    ]);
    const benefitNames = new Map(benefits.map((benefit) => [benefit.benefitId, benefit.name]));
    const people = new Map(users.map((user) => [user.aadObjectId, user.displayName]));
    return done(
      requests.map((request) => ({
        request,
        benefitName: request.benefitId === undefined ? undefined : (benefitNames.get(request.benefitId) ?? request.benefitId),
        filedBy: people.get(request.createdBy) ?? request.createdBy,
      })),
    );
  }

  /** ETag-conditioned; the activity that made a change is recorded with it, so a redelivered one changes nothing. */
  changeStatus(context: ActionContext, input: unknown): Promise<Outcome<StoredRequest>> {
    const spec = { permission: 'manageRequests' as const, name: AUDITED_ACTIONS.changeRequestStatus, schema: StatusChangeInput };
    return runAction(this.dependencies, context, spec, input, async (caller, change) => {
      const { requests } = this.dependencies;
      let before: string | undefined;
      const outcome = await updateConditioned<StoredRequest, Outcome<StoredRequest>>({
        read: () => requests.get(caller.tenantId, change.requestId),
        decide: (request) => {
          if (!request) return { stop: refused('requestNotFound', { requestId: change.requestId }) };
          before = request.status;
          const changes = request.statusChanges ?? [];
          if (changes.some((recorded) => recorded.idempotencyKey === context.idempotencyKey)) return { stop: done(request, true) };
          if (request.status === change.status) return { stop: refused('statusUnchanged', { requestId: request.requestId }) };
          const recorded: StatusChange = {
            status: change.status,
            at: context.now.toISOString(),
            by: caller.user.aadObjectId,
            idempotencyKey: context.idempotencyKey,
          };
          return {
            write: { ...request, status: change.status, statusChanges: [...changes, recorded] },
            result: (written) => done(written),
          };
        },
        replace: (next, etag) => requests.replace(next, etag),
        deadline: context.deadline,
      });
      return {
        outcome,
        target: `request:${change.requestId}`,
        before: before && { status: before },
        after: outcome.kind === 'done' ? { status: outcome.value.status } : undefined,
      };
    });
  }
}
