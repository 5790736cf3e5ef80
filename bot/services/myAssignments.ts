import type { Assignment } from '../domain/assignment';
import type { BenefitDoc } from '../domain/documents';
import { visibleSupportIds, type SupportAccessIds } from '../domain/technicalAccess';
import type { BenefitRepository } from '../store/benefitRepository';
import type { ActionContext } from './actionContext';
import type { DirectoryService } from './directoryService';
import { done, type Outcome } from './outcome';
import { checkPermission } from './runAction';

export interface OwnAssignment {
  benefit: BenefitDoc;
  assignment: Assignment;
  /** The Access ID and Contract ID of an activated technical benefit, needed for a first support request. */
  supportIds?: SupportAccessIds;
}

export interface CompanySupport {
  benefit: BenefitDoc;
  supportIds: SupportAccessIds;
}

export interface MyAssignmentsView {
  assignments: OwnAssignment[];
  /** Activated technical benefits assigned to someone else: their IDs are shown to every user of the company. */
  companySupport: CompanySupport[];
}

/** "What's assigned to me": any roster user with an MPN account may ask, about themselves only. */
export class MyAssignments {
  constructor(private readonly dependencies: { benefits: BenefitRepository; directory: DirectoryService }) {}

  async mine(context: ActionContext): Promise<Outcome<MyAssignmentsView>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'viewOwnAssignments');
    if (!permission.ok) return permission.outcome;
    const { caller } = permission;
    const benefits = await this.dependencies.benefits.listToShow(caller.tenantId);
    return done(assignmentsOfPerson(benefits, caller.user.aadObjectId));
  }
}

/** Splits a company's benefits into the person's own and the activated support every user may see. */
export function assignmentsOfPerson(benefits: readonly BenefitDoc[], aadObjectId: string): MyAssignmentsView {
  const assignments: OwnAssignment[] = [];
  const companySupport: CompanySupport[] = [];
  for (const benefit of benefits) {
    const supportIds = visibleSupportIds(benefit);
    const assignment = benefit.assignments.find((candidate) => candidate.assignee === aadObjectId);
    if (assignment) assignments.push({ benefit, assignment, ...(supportIds ? { supportIds } : {}) });
    else if (supportIds) companySupport.push({ benefit, supportIds });
  }
  return { assignments, companySupport };
}
