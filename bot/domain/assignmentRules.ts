import type { Assignment } from './assignment';
import type { Benefit, BenefitStatus } from './benefit';
import { mayReceiveBenefits } from './recipient';
import type { RosterUser } from './user';

export type AssignmentCheck =
  | 'ok'
  | 'assigneeNotInRoster'
  | 'recipientCspOnly'
  | 'notAssignable'
  | 'alreadyAssigned'
  | 'noneLeft';

const ASSIGNABLE_STATUSES: readonly BenefitStatus[] = ['available', 'activationPending', 'active'];

export function assignmentsOf(benefitId: string, assignments: readonly Assignment[]): Assignment[] {
  return assignments.filter((assignment) => assignment.benefitId === benefitId);
}

export function unassignedQuantity(benefit: Benefit, assignments: readonly Assignment[]): number {
  return Math.max(0, benefit.quantity - assignmentsOf(benefit.benefitId, assignments).length);
}

/** Support-access instructions are sent to an alternate address, so assigning a technical benefit needs one. */
export function alternateEmailRequired(benefit: Benefit): boolean {
  return benefit.category === 'technical';
}

/**
 * The person must already be one of the company's users (an admin adds them in Partner Center first), with an account
 * tied to MPN.
 */
export function checkAssignment(
  benefit: Benefit,
  assigneeId: string,
  assignments: readonly Assignment[],
  roster: readonly RosterUser[],
): AssignmentCheck {
  const assignee = roster.find((user) => user.aadObjectId === assigneeId);
  if (!assignee) return 'assigneeNotInRoster';
  if (!mayReceiveBenefits(assignee)) return 'recipientCspOnly';
  if (!ASSIGNABLE_STATUSES.includes(benefit.status)) return 'notAssignable';
  const current = assignmentsOf(benefit.benefitId, assignments);
  if (current.some((assignment) => assignment.assignee === assigneeId)) return 'alreadyAssigned';
  if (current.length >= benefit.quantity) return 'noneLeft';
  return 'ok';
}
