import { z } from 'zod';
import type { BenefitStatus } from '../domain/benefit';
import type { BenefitDoc } from '../domain/documents';
import { anySoftwareActivated, refundEligibility, type RefundFailure } from '../domain/refund';
import { ACTION_PACK_CANCELLATION_CATEGORY, ACTION_PACK_TARGET, openCancellationOf } from '../domain/request';
import type { ActionPack } from '../domain/tenant';
import type { BenefitRepository } from '../store/benefitRepository';
import type { RequestRepository, StoredRequest } from '../store/requestRepository';
import type { ActionContext, KnownCaller } from './actionContext';
import type { CancellationClaims } from './cancellationClaims';
import { done, refused, type Outcome } from './outcome';
import { checkPermission, type ActionDependencies } from './runAction';
import type { RequestFiling, ServiceRequests } from './serviceRequests';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

/** Partner Center names no problem type for cancelling a single benefit or offer; support routes it by this one. */
export const BENEFIT_CANCELLATION_CATEGORY = 'membershipBenefitCancellation';

export const MAX_REASON_LENGTH = 500;

export const CancellationInput = z
  .object({
    target: z.string().trim().min(1).max(128),
    reason: z.string().trim().min(1).max(MAX_REASON_LENGTH),
    /** True asks for the refund; false files the cancellation without one. */
    refund: z.boolean(),
  })
  .strict();
export type CancellationInput = z.infer<typeof CancellationInput>;

export type CancellationTarget =
  | { kind: 'actionPack'; actionPack: ActionPack }
  | { kind: 'benefit'; benefit: BenefitDoc };

/** Whether a refund is still possible, and if not which rules fail and since when. */
export interface RefundVerdict {
  eligible: boolean;
  failures: (RefundFailure | 'purchaseDateUnknown')[];
  purchaseDate?: string;
  /** The last day a request still qualifies for a refund. */
  deadline?: string;
  /** The activated software that rules the refund out. */
  activatedSoftware: string[];
}

export interface CancellationAssessment {
  target: CancellationTarget;
  verdict: RefundVerdict;
}

export interface FiledCancellation {
  request: StoredRequest;
  /** The cancelled benefit's name; undefined for the Action Pack. */
  benefitName?: string;
}

const CANCELLABLE: readonly BenefitStatus[] = ['available', 'activationPending', 'active'];

/**
 * Cancelling a benefit, an offer or the Action Pack: a service request, with a refund only while the rules allow it,
 * and only while no other cancellation request for it is open.
 */
export class Cancellations {
  constructor(
    private readonly dependencies: ActionDependencies & {
      benefits: BenefitRepository;
      requests: RequestRepository;
      serviceRequests: ServiceRequests;
      claims: CancellationClaims;
    },
  ) {}

  /** What can be cancelled: the Action Pack, and the benefits and offers that are not expired or cancelled already. */
  async candidates(context: ActionContext): Promise<Outcome<CancellationTarget[]>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'manageRequests');
    if (!permission.ok) return permission.outcome;
    const { caller } = permission;
    const benefits = await this.dependencies.benefits.list(caller.tenantId);
    const actionPack = caller.tenant.membership.actionPack;
    return done([
      ...(actionPack ? [{ kind: 'actionPack' as const, actionPack }] : []),
      ...benefits.filter((benefit) => CANCELLABLE.includes(benefit.status)).map((benefit) => ({ kind: 'benefit' as const, benefit })),
    ]);
  }

  /** The refund verdict for the confirmation, as it stands today; refused while a cancellation request is open. */
  async assess(context: ActionContext, targetId: string): Promise<Outcome<CancellationAssessment>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'manageRequests');
    if (!permission.ok) return permission.outcome;
    return this.assessFor(permission.caller, targetId, context.now);
  }

  /**
   * Files the request once per activity. The refund verdict is decided again here, not taken from the card: the
   * window may have closed since the card was sent, and a card can be forged.
   */
  async file(context: ActionContext, input: unknown): Promise<Outcome<FiledCancellation>> {
    const filing: RequestFiling<CancellationInput> = {
      permission: 'manageRequests',
      name: AUDITED_ACTIONS.fileCancellation,
      schema: CancellationInput,
      draft: async (caller, request) => {
        const assessment = await this.assessFor(caller, request.target, context.now);
        if (assessment.kind !== 'done') return assessment;
        const { target, verdict } = assessment.value;
        if (request.refund && !verdict.eligible) return refundRefusal(verdict);
        return done({
          kind: 'cancellation',
          category: target.kind === 'actionPack' ? ACTION_PACK_CANCELLATION_CATEGORY : BENEFIT_CANCELLATION_CATEGORY,
          ...(target.kind === 'benefit' ? { benefitId: target.benefit.benefitId } : {}),
          reason: request.reason,
          refundEligible: request.refund,
        });
      },
      claim: async (caller, filed) => {
        const holder = await this.dependencies.claims.claim(caller.tenantId, filed.benefitId ?? ACTION_PACK_TARGET, filed, context.deadline);
        if (!holder) return undefined;
        const benefit = holder.benefitId ? await this.dependencies.benefits.get(caller.tenantId, holder.benefitId) : undefined;
        return alreadyOpen(holder, benefit?.name ?? holder.benefitId);
      },
    };
    const outcome = await this.dependencies.serviceRequests.file(context, filing, input);
    if (outcome.kind !== 'done') return outcome;
    const { request } = outcome.value;
    const benefit = request.benefitId ? await this.dependencies.benefits.get(request.tenantId, request.benefitId) : undefined;
    return done({ request, benefitName: benefit?.name ?? request.benefitId }, outcome.replayed);
  }

  private async assessFor(caller: KnownCaller, targetId: string, now: Date): Promise<Outcome<CancellationAssessment>> {
    const actionPack = caller.tenant.membership.actionPack;
    const [benefits, requests] = await Promise.all([
      this.dependencies.benefits.list(caller.tenantId),
      this.dependencies.requests.list(caller.tenantId),
    ]);
    if (targetId === ACTION_PACK_TARGET) {
      if (!actionPack) return refused('noActionPack');
      const open = openCancellationOf(requests, undefined);
      if (open) return alreadyOpen(open, undefined);
      // Cancelling the Action Pack cancels all the software it brought, so any activated software rules out a refund.
      const software = benefits.filter((benefit) => benefit.category === 'software' && benefit.activated);
      const verdict = verdictFor(actionPack.purchaseDate, now, anySoftwareActivated(benefits), software);
      return done({ target: { kind: 'actionPack', actionPack }, verdict });
    }
    const benefit = benefits.find((candidate) => candidate.benefitId === targetId);
    if (!benefit) return refused('benefitNotFound');
    if (!CANCELLABLE.includes(benefit.status)) return refused('notCancellable', { benefit: benefit.name });
    const open = openCancellationOf(requests, benefit.benefitId);
    if (open) return alreadyOpen(open, benefit.name);
    const activated = benefit.category === 'software' && benefit.activated ? [benefit] : [];
    // Offers and allocations without a purchase date of their own came with the membership package.
    const purchaseDate = benefit.purchaseDate ?? actionPack?.purchaseDate;
    return done({ target: { kind: 'benefit', benefit }, verdict: verdictFor(purchaseDate, now, activated.length > 0, activated) });
  }
}

function verdictFor(purchaseDate: string | undefined, now: Date, softwareActivated: boolean, software: BenefitDoc[]): RefundVerdict {
  const activatedSoftware = software.map((benefit) => benefit.name);
  if (purchaseDate === undefined) {
    return { eligible: false, failures: ['purchaseDateUnknown'], activatedSoftware };
  }
  const { eligible, failures, deadline } = refundEligibility(purchaseDate, now, softwareActivated);
  return { eligible, failures, purchaseDate, deadline, activatedSoftware };
}

/** Points to the request there is, to be followed instead; `benefit` is undefined for the Action Pack. */
function alreadyOpen(open: StoredRequest, benefit: string | undefined): Outcome<never> {
  const params = { requestId: open.requestId, status: open.status, filedOn: open.createdAt.slice(0, 10) };
  return benefit === undefined
    ? refused('actionPackCancellationOpen', params)
    : refused('cancellationOpen', { ...params, benefit });
}

/** The first failing rule names the refusal; the confirmation card already listed all of them. */
function refundRefusal(verdict: RefundVerdict): Outcome<never> {
  const [failure] = verdict.failures;
  if (failure === 'windowPassed') {
    return refused('refundWindowPassed', { purchaseDate: verdict.purchaseDate, deadline: verdict.deadline });
  }
  if (failure === 'softwareActivated') return refused('refundSoftwareActivated', { software: verdict.activatedSoftware });
  return refused('refundPurchaseDateUnknown');
}
