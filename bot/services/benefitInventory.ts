import { z } from 'zod';
import { BenefitCategory } from '../domain/benefit';
import type { BenefitDoc } from '../domain/documents';
import { hasActiveMembershipOffers } from '../domain/offers';
import type { ActionContext } from './actionContext';
import type { BenefitQueries } from './benefitQueries';
import { type Outcome, done, invalid, refused } from './outcome';

/** What a category's Details button sends; the card proves nothing, so anything else is refused. */
export const CategoryInput = z.object({ category: BenefitCategory }).strict();
export type CategoryInput = z.infer<typeof CategoryInput>;

export interface CategoryBenefits {
  category: BenefitCategory;
  benefits: BenefitDoc[];
}

/**
 * The company's benefits page: every benefit, or one category of them. A company without a single live membership
 * offer gets Partner Center's "you don't have any benefits yet" instead of a page of expired ones.
 */
export class BenefitInventory {
  constructor(private readonly queries: Pick<BenefitQueries, 'benefits'>) {}

  async all(context: ActionContext): Promise<Outcome<BenefitDoc[]>> {
    const outcome = await this.queries.benefits(context);
    if (outcome.kind !== 'done') return outcome;
    return hasActiveMembershipOffers(outcome.value) ? outcome : refused('noBenefitsYet');
  }

  async category(context: ActionContext, input: unknown): Promise<Outcome<CategoryBenefits>> {
    const outcome = await this.queries.benefits(context);
    if (outcome.kind !== 'done') return outcome;
    const parsed = CategoryInput.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    if (!hasActiveMembershipOffers(outcome.value)) return refused('noBenefitsYet');
    const { category } = parsed.data;
    return done({ category, benefits: outcome.value.filter((benefit) => benefit.category === category) });
  }
}
