import { z } from 'zod';
import type { Assignment } from '../domain/assignment';
import { checkAssignment } from '../domain/assignmentRules';
import type { CloudBenefit } from '../domain/benefit';
import { todayUtc } from '../domain/dates';
import type { BenefitDoc } from '../domain/documents';
import { withoutKeys } from '../domain/keyVisibility';
import type { BenefitRepository, StoredBenefit } from '../store/benefitRepository';
import { updateConditioned, type Decision } from '../store/conditionedUpdate';
import type { ActionContext, KnownCaller } from './actionContext';
import type { BenefitQueries } from './benefitQueries';
import { keyRefusal, revealKeys } from './keyReveal';
import { done, refused, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies } from './runAction';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

export const CloudBenefitInput = z.object({ benefitId: z.string().trim().min(1).max(128) }).strict();
export type CloudBenefitInput = z.infer<typeof CloudBenefitInput>;

export type CloudBenefitDoc = Extract<BenefitDoc, { category: 'cloud' }>;

/** A cloud benefit as the list shows it: who activated it, never its keys. */
export interface CloudBenefitView {
  benefit: CloudBenefitDoc;
  activatedFor: { aadObjectId: string; name: string; since: string }[];
}

export interface CloudActivationResult {
  benefit: CloudBenefitDoc;
  assignment: Assignment;
}

export interface RevealedCloudKeys {
  benefitName: string;
  keys: string[];
  activationInstructions?: string;
}

type Dependencies = ActionDependencies & { benefits: BenefitRepository; queries: BenefitQueries };

/**
 * Cloud services: a usage-based Azure subscription is activated by assigning yourself as its user; a license-based
 * subscription is activated with its keys and instructions.
 */
export class CloudActivation {
  constructor(private readonly dependencies: Dependencies) {}

  async benefits(context: ActionContext): Promise<Outcome<CloudBenefitView[]>> {
    const outcome = await this.dependencies.queries.benefits(context, 'cloud');
    if (outcome.kind !== 'done') return outcome;
    const tenantId = context.caller.tenantId!;
    const users = await this.dependencies.directory.roster(tenantId);
    const nameOf = (id: string) => users.find((user) => user.aadObjectId === id)?.displayName ?? id;
    return done(
      (outcome.value as CloudBenefitDoc[]).map((benefit) => ({
        benefit: withoutKeys(benefit),
        activatedFor: benefit.assignments.map((assignment) => ({
          aadObjectId: assignment.assignee,
          name: nameOf(assignment.assignee),
          since: assignment.assignedAt.slice(0, 10),
        })),
      })),
    );
  }

  /** Undefined when this caller may activate a subscription for themselves; otherwise the refusal, naming who can. */
  async activationRefusal(context: ActionContext): Promise<Outcome<never> | undefined> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'activateBenefit');
    return permission.ok ? undefined : permission.outcome;
  }

  keyRefusal(context: ActionContext): Promise<Outcome<never> | undefined> {
    return keyRefusal(this.dependencies.directory, context);
  }

  /** Assigns the caller as the user of a usage-based Azure subscription, which activates it; once per activity. */
  activateForSelf(context: ActionContext, input: unknown): Promise<Outcome<CloudActivationResult>> {
    const spec = { permission: 'activateBenefit' as const, name: AUDITED_ACTIONS.activateCloudForSelf, schema: CloudBenefitInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) => {
      const { benefits } = this.dependencies;
      let before: unknown;
      const outcome = await updateConditioned<StoredBenefit, Outcome<CloudActivationResult>>({
        read: () => benefits.get(caller.tenantId, request.benefitId),
        decide: (benefit) => {
          before = benefit && { status: benefit.status, activationDate: benefit.activationDate, assignments: benefit.assignments };
          return benefit?.category === 'cloud' ? decideActivation(benefit, caller, context) : { stop: refused('benefitNotFound') };
        },
        replace: (next, etag) => benefits.replace(next, etag),
        deadline: context.deadline,
      });
      const after =
        outcome.kind === 'done'
          ? { status: outcome.value.benefit.status, activationDate: outcome.value.benefit.activationDate, assignments: outcome.value.benefit.assignments }
          : undefined;
      return { outcome, target: `benefit:${request.benefitId}`, before, after };
    });
  }

  /** A license-based subscription's keys and activation instructions. */
  getKeys(context: ActionContext, input: unknown): Promise<Outcome<RevealedCloudKeys>> {
    const spec = { name: AUDITED_ACTIONS.getCloudKeys, schema: CloudBenefitInput };
    return revealKeys(this.dependencies, context, spec, input, async (caller, request) => {
      const target = `benefit:${request.benefitId}`;
      const benefit = await this.dependencies.benefits.get(caller.tenantId, request.benefitId);
      if (benefit?.category !== 'cloud') return { outcome: refused('benefitNotFound'), target };
      if (benefit.billing !== 'licenseBased') return { outcome: refused('cloudUsageBasedHasNoKeys', { benefit: benefit.name }), target };
      const revealed = revealedCloudKeys(benefit);
      return { outcome: done(revealed), target, after: { keysShown: revealed.keys.length } };
    });
  }
}

/** What a reveal shows of a license-based subscription. */
export function revealedCloudKeys(benefit: CloudBenefit): RevealedCloudKeys {
  return {
    benefitName: benefit.name,
    keys: benefit.keys ?? [],
    ...(benefit.activationInstructions ? { activationInstructions: benefit.activationInstructions } : {}),
  };
}

function decideActivation(
  benefit: StoredBenefit & CloudBenefit,
  caller: KnownCaller,
  context: ActionContext,
): Decision<StoredBenefit, Outcome<CloudActivationResult>> {
  const own = benefit.assignments.find((assignment) => assignment.idempotencyKey === context.idempotencyKey);
  if (own) return { stop: done({ benefit: withoutKeys(benefit as CloudBenefitDoc), assignment: own }, true) };
  if (benefit.billing !== 'usageBased') return { stop: refused('cloudLicenseBasedNeedsKeys', { benefit: benefit.name }) };

  const me = caller.user.aadObjectId;
  const check = checkAssignment(benefit, me, benefit.assignments, [caller.user]);
  if (check === 'alreadyAssigned') {
    const since = benefit.assignments.find((assignment) => assignment.assignee === me)!.assignedAt.slice(0, 10);
    return { stop: refused('cloudAlreadyYours', { benefit: benefit.name, since }) };
  }
  if (check === 'noneLeft') return { stop: refused('cloudAllActivated', { benefit: benefit.name }) };
  if (check !== 'ok') return { stop: refused('cloudNotActivatable', { benefit: benefit.name }) };

  const assignment: Assignment = {
    benefitId: benefit.benefitId,
    assignee: me,
    assignedAt: context.now.toISOString(),
    assignedBy: me,
    idempotencyKey: context.idempotencyKey,
  };
  // The subscription's activation date is the day it first became active; a further seat keeps it.
  const activationDate = benefit.status === 'active' && benefit.activationDate ? benefit.activationDate : todayUtc(context.now);
  return {
    write: { ...benefit, status: 'active', activationDate, assignments: [...benefit.assignments, assignment] },
    result: (written) => done({ benefit: withoutKeys(written as CloudBenefitDoc), assignment }),
  };
}
