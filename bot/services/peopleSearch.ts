import { z } from 'zod';
import type { UserDoc } from '../domain/documents';
import type { Action } from '../domain/permissions';
import { mayReceiveBenefits } from '../domain/recipient';
import type { ActionContext } from './actionContext';
import type { DirectoryService } from './directoryService';
import { done, invalid, refused, type Outcome } from './outcome';
import { checkPermission } from './runAction';

/** The lists a people picker searches as the admin types, each with the permission it takes to see it. */
export const PEOPLE_DATASETS = {
  assignees: 'assignBenefit',
  marketingContacts: 'manageGoToMarket',
} as const satisfies Record<string, Action>;
export type PeopleDataset = keyof typeof PEOPLE_DATASETS;

/** Teams shows at most 15 choices of a search. */
const MOST_PEOPLE_FOUND = 15;
const LONGEST_PEOPLE_QUERY = 100;

/** What Teams sends with each search; the other fields it sends are not used. */
const PeopleQuery = z.object({
  dataset: z.string().max(64),
  queryText: z.string().max(LONGEST_PEOPLE_QUERY),
  queryOptions: z
    .object({
      skip: z.number().int().min(0).max(10_000).optional(),
      top: z.number().int().min(1).max(1_000).optional(),
    })
    .optional(),
});

/** What a card's button sends for a person it offers. */
const PickedPerson = z.object({ assignee: z.string().max(64) }).strict();

function isPeopleDataset(dataset: string): dataset is PeopleDataset {
  return Object.hasOwn(PEOPLE_DATASETS, dataset);
}

/**
 * The people a picker offers, found by name or email address: only the caller's company, only people who may receive a
 * benefit, and only for a caller who may pick them. A dataset no card names finds nobody.
 */
export class PeopleSearch {
  constructor(private readonly dependencies: { directory: DirectoryService }) {}

  async search(context: ActionContext, query: unknown): Promise<Outcome<UserDoc[]>> {
    const parsed = PeopleQuery.safeParse(query);
    if (!parsed.success) return invalid(parsed.error);
    const { dataset, queryText, queryOptions } = parsed.data;
    if (!isPeopleDataset(dataset)) return done([]);
    const permission = await checkPermission(this.dependencies.directory, context.caller, PEOPLE_DATASETS[dataset]);
    if (!permission.ok) return permission.outcome;
    const people = await this.dependencies.directory.recipients(permission.caller.tenantId);
    const page = { skip: queryOptions?.skip ?? 0, top: Math.min(queryOptions?.top ?? MOST_PEOPLE_FOUND, MOST_PEOPLE_FOUND) };
    return done(people.find(queryText, page));
  }

  /**
   * The person a card's button picked, checked as the search that offered them: someone of the caller's company who can
   * hold a benefit, for a caller who may pick. The button can be forged; the use case that takes the person checks again.
   */
  async pick(context: ActionContext, dataset: PeopleDataset, input: unknown): Promise<Outcome<UserDoc>> {
    const parsed = PickedPerson.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const permission = await checkPermission(this.dependencies.directory, context.caller, PEOPLE_DATASETS[dataset]);
    if (!permission.ok) return permission.outcome;
    const person = await this.dependencies.directory.getUser(permission.caller.tenantId, parsed.data.assignee);
    if (!person) return refused('assigneeNotInRoster');
    if (!mayReceiveBenefits(person)) return refused('pickedCspOnly', { person: person.displayName });
    return done(person);
  }
}
