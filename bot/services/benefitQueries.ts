import type { BenefitDoc, UserDoc } from '../domain/documents';
import type { BenefitCategory } from '../domain/benefit';
import type { Action } from '../domain/permissions';
import type { BenefitRepository } from '../store/benefitRepository';
import type { ActionContext, KnownCaller } from './actionContext';
import type { DirectoryService } from './directoryService';
import { done, type Outcome } from './outcome';
import { checkPermission } from './runAction';

/** Read-only questions about a company's benefits; the same roster and permission check as every change. */
export class BenefitQueries {
  constructor(
    private readonly dependencies: { benefits: BenefitRepository; directory: DirectoryService },
  ) {}

  benefits(context: ActionContext, category?: BenefitCategory): Promise<Outcome<BenefitDoc[]>> {
    return this.asPermitted(context, 'viewBenefits', async (caller) => {
      const all = await this.dependencies.benefits.listToShow(caller.tenantId);
      return category ? all.filter((benefit) => benefit.category === category) : all;
    });
  }

  /** The people an admin can assign to: the company's roster, by name (the assignment checks it again). */
  roster(context: ActionContext): Promise<Outcome<readonly UserDoc[]>> {
    return this.asPermitted(context, 'assignBenefit', (caller) => this.dependencies.directory.roster(caller.tenantId));
  }

  /** The company's people, to name holders on a card anyone of the company may see. */
  people(context: ActionContext): Promise<Outcome<readonly UserDoc[]>> {
    return this.asPermitted(context, 'viewBenefits', (caller) => this.dependencies.directory.roster(caller.tenantId));
  }

  private async asPermitted<T>(
    context: ActionContext,
    action: Action,
    read: (caller: KnownCaller) => Promise<T>,
  ): Promise<Outcome<T>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, action);
    if (!permission.ok) return permission.outcome;
    return done(await read(permission.caller));
  }
}
