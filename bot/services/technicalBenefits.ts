import { z } from 'zod';
import { REQUEST_FORM_KINDS, TECHNICAL_INPUT_LIMITS } from '../domain/benefit';
import { todayUtc } from '../domain/dates';
import type { BenefitDoc, UserDoc } from '../domain/documents';
import { byName } from '../domain/user';
import { technicalEntitlement, type TechnicalEntitlement } from '../domain/entitlements';
import { checkActivation } from '../domain/offers';
import { authorize, holdersOf, requiredRolesFor } from '../domain/permissions';
import type { BenefitRepository, StoredBenefit } from '../store/benefitRepository';
import { updateConditioned, type Decision } from '../store/conditionedUpdate';
import type { ActionContext, KnownCaller } from './actionContext';
import { done, refused, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies } from './runAction';
import type { FiledRequest, RequestDraft, ServiceRequests } from './serviceRequests';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

export type TechnicalBenefitDoc = Extract<BenefitDoc, { category: 'technical' }>;
type StoredTechnicalBenefit = TechnicalBenefitDoc & { _etag: string };

const Id = z.string().trim().min(1).max(128);
/** Access and Contract IDs are short codes of letters, digits and separators, as Microsoft sends them. */
const SupportId = z
  .string()
  .trim()
  .min(1)
  .max(TECHNICAL_INPUT_LIMITS.supportId)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

export const ActivateTechnicalInput = z.object({ benefitId: Id }).strict();
export const RecordSupportIdsInput = z.object({ benefitId: Id, accessId: SupportId, contractId: SupportId }).strict();
export const TechnicalRequestInput = z
  .object({
    benefitId: Id,
    topic: z.string().trim().min(1).max(TECHNICAL_INPUT_LIMITS.topic),
    description: z.string().trim().min(1).max(TECHNICAL_INPUT_LIMITS.description),
  })
  .strict();
export type TechnicalRequestInput = z.infer<typeof TechnicalRequestInput>;

export interface TechnicalOverview {
  companyName: string;
  /** The company's Partner Center account email, which an alternate email must differ from. */
  accountEmail: string;
  entitlement: TechnicalEntitlement;
  benefits: TechnicalBenefitDoc[];
  /** The company's people, to name who holds a benefit and whom it can go to. */
  roster: UserDoc[];
  mayActivate: boolean;
  mayAssign: boolean;
  /** Who in the company may activate, and who may assign: named to those who may not. */
  activators: string[];
  assigners: string[];
}

export interface HelpRequest extends FiledRequest {
  benefitName: string;
}

export interface TechnicalChange {
  benefit: TechnicalBenefitDoc;
}

const ACTIVATION_REFUSALS = {
  alreadyActive: 'technicalAlreadyActive',
  activationPending: 'technicalActivationPending',
  expired: 'technicalExpired',
  cancelled: 'technicalCancelled',
} as const;

/**
 * Technical (support) benefits: the entitlement of the company's level, activation (pending for several days), the
 * Access ID and Contract ID once Microsoft sends them, and requests for presales and advisory help. Assigning one to
 * a person is the general assignment use case, which asks for the alternate email.
 */
export class TechnicalBenefits {
  constructor(
    private readonly dependencies: ActionDependencies & { benefits: BenefitRepository; serviceRequests: ServiceRequests },
  ) {}

  async overview(context: ActionContext): Promise<Outcome<TechnicalOverview>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'viewBenefits');
    if (!permission.ok) return permission.outcome;
    const { caller } = permission;
    const [all, users] = await Promise.all([
      this.dependencies.benefits.list(caller.tenantId),
      this.dependencies.directory.roster(caller.tenantId),
    ]);
    return done(technicalOverviewOf(caller, all, users));
  }

  /** Available → activation pending; Microsoft then takes several days and sends the Access ID and Contract ID. */
  activate(context: ActionContext, input: unknown): Promise<Outcome<TechnicalChange>> {
    const spec = { permission: 'activateTechnical' as const, name: AUDITED_ACTIONS.activateTechnical, schema: ActivateTechnicalInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) =>
      this.change(caller, context, request.benefitId, (benefit) => {
        const check = checkActivation(benefit);
        if (check !== 'ok') return refused(ACTIVATION_REFUSALS[check], { benefit: benefit.name });
        return { ...benefit, status: 'activationPending', activationDate: todayUtc(context.now) };
      }),
    );
  }

  /** The IDs Microsoft sent make the benefit active; from then on every user of the company sees them. */
  recordSupportIds(context: ActionContext, input: unknown): Promise<Outcome<TechnicalChange>> {
    const spec = { permission: 'activateTechnical' as const, name: AUDITED_ACTIONS.recordSupportIds, schema: RecordSupportIdsInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) =>
      this.change(caller, context, request.benefitId, (benefit) => {
        if (benefit.status === 'available') return refused('technicalNotActivatedYet', { benefit: benefit.name });
        if (benefit.status === 'expired' || benefit.status === 'cancelled') {
          return refused(ACTIVATION_REFUSALS[benefit.status], { benefit: benefit.name });
        }
        return {
          ...benefit,
          status: 'active',
          activationDate: benefit.activationDate ?? todayUtc(context.now),
          accessId: request.accessId,
          contractId: request.contractId,
        };
      }),
    );
  }

  /** Presales and advisory help is asked for with a request form; any member of the company may ask. */
  async requestHelp(context: ActionContext, input: unknown): Promise<Outcome<HelpRequest>> {
    const filing = {
      permission: 'viewBenefits' as const,
      name: AUDITED_ACTIONS.requestTechnicalHelp,
      schema: TechnicalRequestInput,
      draft: (caller: KnownCaller, request: TechnicalRequestInput) => this.draftHelpRequest(caller, request),
    };
    const outcome = await this.dependencies.serviceRequests.file(context, filing, input);
    if (outcome.kind !== 'done') return outcome;
    const { request } = outcome.value;
    const benefit = request.benefitId ? await this.dependencies.benefits.get(request.tenantId, request.benefitId) : undefined;
    return done({ request, benefitName: benefit?.name ?? request.benefitId ?? '' }, outcome.replayed);
  }

  private async draftHelpRequest(caller: KnownCaller, request: TechnicalRequestInput): Promise<Outcome<RequestDraft>> {
    const benefit = await this.dependencies.benefits.get(caller.tenantId, request.benefitId);
    if (!benefit) return refused('benefitNotFound');
    if (!isTechnical(benefit)) return refused('notATechnicalBenefit', { benefit: benefit.name });
    if (!REQUEST_FORM_KINDS.includes(benefit.kind)) return refused('technicalNoRequestForm', { benefit: benefit.name });
    if (benefit.status !== 'active') return refused('technicalRequestNeedsActive', { benefit: benefit.name });
    return done({
      kind: 'presalesAdvisory',
      category: benefit.kind,
      benefitId: benefit.benefitId,
      reason: `${request.topic}\n\n${request.description}`,
    });
  }

  /**
   * One conditioned write of the benefit, marked with the activity that made it: a redelivered activity finds its
   * own change and answers with it instead of deciding again (it would now be refused as already done).
   */
  private async change(
    caller: KnownCaller,
    context: ActionContext,
    benefitId: string,
    decide: (benefit: StoredTechnicalBenefit) => StoredTechnicalBenefit | Outcome<never>,
  ) {
    const { benefits } = this.dependencies;
    let before: unknown;
    const outcome = await updateConditioned<StoredBenefit, Outcome<TechnicalChange>>({
      read: () => benefits.get(caller.tenantId, benefitId),
      decide: (benefit): Decision<StoredBenefit, Outcome<TechnicalChange>> => {
        if (!benefit) return { stop: refused('benefitNotFound') };
        if (!isTechnical(benefit)) return { stop: refused('notATechnicalBenefit', { benefit: benefit.name }) };
        if (benefit.idempotencyKey === context.idempotencyKey) return { stop: done({ benefit }, true) };
        before = supportState(benefit);
        const next = decide(benefit);
        if (!('category' in next)) return { stop: next };
        return {
          write: { ...next, idempotencyKey: context.idempotencyKey },
          result: (written) => done({ benefit: written as TechnicalBenefitDoc }),
        };
      },
      replace: (next, etag) => benefits.replace(next, etag),
      deadline: context.deadline,
    });
    const after = outcome.kind === 'done' ? supportState(outcome.value.benefit) : undefined;
    return { outcome, target: `benefit:${benefitId}`, before, after };
  }
}

/** What the technical card shows one caller: pure, so card samples are built the way the bot builds them. */
export function technicalOverviewOf(
  caller: Pick<KnownCaller, 'tenant' | 'user'>,
  benefits: readonly BenefitDoc[],
  users: readonly UserDoc[],
): TechnicalOverview {
  const roster = byName(users);
  const namesOf = (action: 'activateTechnical' | 'assignBenefit') =>
    holdersOf(roster, requiredRolesFor(action)).map((user) => user.displayName);
  return {
    companyName: caller.tenant.companyName,
    accountEmail: caller.tenant.partnerCenterAccountEmail,
    entitlement: technicalEntitlement(caller.tenant.membership),
    benefits: benefits.filter(isTechnical),
    roster,
    mayActivate: authorize(caller.user, 'activateTechnical').allowed,
    mayAssign: authorize(caller.user, 'assignBenefit').allowed,
    activators: namesOf('activateTechnical'),
    assigners: namesOf('assignBenefit'),
  };
}

function isTechnical<T extends BenefitDoc>(benefit: T): benefit is Extract<T, { category: 'technical' }> {
  return benefit.category === 'technical';
}

/** What an activation changes, for the audit log. */
function supportState(benefit: TechnicalBenefitDoc) {
  const { status, activationDate, accessId, contractId } = benefit;
  return { status, activationDate, accessId, contractId };
}
