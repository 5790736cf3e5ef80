import { z } from 'zod';
import type { Assignment } from '../domain/assignment';
import { alternateEmailRequired, checkAssignment } from '../domain/assignmentRules';
import type { BenefitDoc, UserDoc } from '../domain/documents';
import { checkAlternateEmail } from '../domain/email';
import { canReassign, reassignAllowedFrom } from '../domain/reassign';
import type { BenefitRepository, StoredBenefit } from '../store/benefitRepository';
import { updateConditioned, type Decision } from '../store/conditionedUpdate';
import type { ActionContext, KnownCaller } from './actionContext';
import { done, refused, type Outcome } from './outcome';
import { runAction, type ActionDependencies } from './runAction';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

const Id = z.string().trim().min(1).max(128);

export const AssignInput = z
  .object({ benefitId: Id, assignee: Id, alternateEmail: z.string().trim().max(254).optional() })
  .strict();
export type AssignInput = z.infer<typeof AssignInput>;

export const ReassignInput = z.object({ benefitId: Id, from: Id, to: Id }).strict();
export type ReassignInput = z.infer<typeof ReassignInput>;

export interface AssignmentResult {
  benefit: BenefitDoc;
  assignment: Assignment;
  assignee: UserDoc;
  /** For a reassignment: who held it before. */
  previous?: UserDoc;
}

/** Categories an admin assigns to a person; software keys, cloud activation and offers have flows of their own. */
const ASSIGNABLE_CATEGORIES: readonly BenefitDoc['category'][] = ['visualStudio', 'technical'];

export class BenefitAssignments {
  constructor(private readonly dependencies: ActionDependencies & { benefits: BenefitRepository }) {}

  /** Only a Global admin may assign benefits to employees; the seat is claimed in one conditioned write. */
  assign(context: ActionContext, input: unknown): Promise<Outcome<AssignmentResult>> {
    const spec = { permission: 'assignBenefit' as const, name: AUDITED_ACTIONS.assignBenefit, schema: AssignInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) => {
      const assignee = await this.dependencies.directory.getUser(caller.tenantId, request.assignee);
      let before: Assignment[] | undefined;
      const outcome = await this.update(context, caller, request.benefitId, (benefit) => {
        before = benefit.assignments;
        return decideAssignment(benefit, request, assignee, caller, context);
      });
      return { outcome, target: `benefit:${request.benefitId}`, before, after: assigneesAfter(outcome) };
    });
  }

  /** Visual Studio only: the subscription moves to someone else once 90 days have passed since it was assigned. */
  reassign(context: ActionContext, input: unknown): Promise<Outcome<AssignmentResult>> {
    const spec = { permission: 'assignBenefit' as const, name: AUDITED_ACTIONS.reassignBenefit, schema: ReassignInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) => {
      const [newAssignee, previous] = await Promise.all([
        this.dependencies.directory.getUser(caller.tenantId, request.to),
        this.dependencies.directory.getUser(caller.tenantId, request.from),
      ]);
      let before: Assignment[] | undefined;
      const outcome = await this.update(context, caller, request.benefitId, (benefit) => {
        before = benefit.assignments;
        return decideReassignment(benefit, request, newAssignee, previous, caller, context);
      });
      return { outcome, target: `benefit:${request.benefitId}`, before, after: assigneesAfter(outcome) };
    });
  }

  private update(
    context: ActionContext,
    caller: KnownCaller,
    benefitId: string,
    decide: (benefit: StoredBenefit) => Decision<StoredBenefit, Outcome<AssignmentResult>>,
  ): Promise<Outcome<AssignmentResult>> {
    const { benefits } = this.dependencies;
    return updateConditioned<StoredBenefit, Outcome<AssignmentResult>>({
      read: () => benefits.get(caller.tenantId, benefitId),
      decide: (benefit) => (benefit ? decide(benefit) : { stop: refused('benefitNotFound') }),
      replace: (next, etag) => benefits.replace(next, etag),
      deadline: context.deadline,
    });
  }
}

function decideAssignment(
  benefit: StoredBenefit,
  request: AssignInput,
  assignee: UserDoc | undefined,
  caller: KnownCaller,
  context: ActionContext,
): Decision<StoredBenefit, Outcome<AssignmentResult>> {
  const own = benefit.assignments.find((assignment) => assignment.idempotencyKey === context.idempotencyKey);
  if (own && assignee) return { stop: done({ benefit, assignment: own, assignee }, true) };
  if (!ASSIGNABLE_CATEGORIES.includes(benefit.category)) return { stop: refused('notAssignable', { benefit: benefit.name }) };
  if (!assignee) return { stop: refused('assigneeNotInRoster') };

  let alternateEmail: string | undefined;
  if (alternateEmailRequired(benefit)) {
    if (!request.alternateEmail) return { stop: refused('alternateEmailRequired') };
    const check = checkAlternateEmail(request.alternateEmail, caller.tenant.partnerCenterAccountEmail);
    if (check === 'invalid') return { stop: refused('alternateEmailInvalid', { email: request.alternateEmail }) };
    if (check === 'sameAsAccount') return { stop: refused('alternateEmailSameAsAccount', { email: request.alternateEmail }) };
    alternateEmail = request.alternateEmail.trim();
  }

  const check = checkAssignment(benefit, assignee.aadObjectId, benefit.assignments, [assignee]);
  if (check !== 'ok') return { stop: refused(check, { benefit: benefit.name, assignee: assignee.displayName }) };
  const assignment = newAssignment(benefit, assignee, caller, context, alternateEmail);
  return {
    write: { ...benefit, assignments: [...benefit.assignments, assignment] },
    result: (written) => done({ benefit: written, assignment, assignee }),
  };
}

function decideReassignment(
  benefit: StoredBenefit,
  request: ReassignInput,
  newAssignee: UserDoc | undefined,
  previous: UserDoc | undefined,
  caller: KnownCaller,
  context: ActionContext,
): Decision<StoredBenefit, Outcome<AssignmentResult>> {
  const own = benefit.assignments.find((assignment) => assignment.idempotencyKey === context.idempotencyKey);
  if (own && newAssignee) return { stop: done({ benefit, assignment: own, assignee: newAssignee, previous }, true) };
  if (benefit.category !== 'visualStudio') return { stop: refused('notReassignable', { benefit: benefit.name }) };
  const current = benefit.assignments.find((assignment) => assignment.assignee === request.from);
  if (!current) return { stop: refused('notAssignedTo', { benefit: benefit.name }) };
  if (!canReassign(current.assignedAt, context.now)) {
    return { stop: refused('reassignTooEarly', { benefit: benefit.name, allowedFrom: reassignAllowedFrom(current.assignedAt) }) };
  }
  if (!newAssignee) return { stop: refused('assigneeNotInRoster') };
  const remaining = benefit.assignments.filter((assignment) => assignment !== current);
  const check = checkAssignment(benefit, newAssignee.aadObjectId, remaining, [newAssignee]);
  if (check !== 'ok') return { stop: refused(check, { benefit: benefit.name, assignee: newAssignee.displayName }) };
  const assignment = newAssignment(benefit, newAssignee, caller, context);
  return {
    write: { ...benefit, assignments: [...remaining, assignment] },
    result: (written) => done({ benefit: written, assignment, assignee: newAssignee, previous }),
  };
}

/** The assignment the caller makes in this activity; its idempotency key is what makes a redelivery recognizable. */
function newAssignment(
  benefit: StoredBenefit,
  assignee: UserDoc,
  caller: KnownCaller,
  context: ActionContext,
  alternateEmail?: string,
): Assignment {
  return {
    benefitId: benefit.benefitId,
    assignee: assignee.aadObjectId,
    assignedAt: context.now.toISOString(),
    assignedBy: caller.user.aadObjectId,
    ...(alternateEmail ? { alternateEmail } : {}),
    idempotencyKey: context.idempotencyKey,
  };
}

function assigneesAfter(outcome: Outcome<AssignmentResult>): Assignment[] | undefined {
  return outcome.kind === 'done' ? outcome.value.benefit.assignments : undefined;
}
