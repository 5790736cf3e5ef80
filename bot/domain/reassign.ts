import { addDays, todayUtc } from './dates';

export const REASSIGN_WAIT_DAYS = 90;

/**
 * Day 0 is the UTC calendar date of the original assignment. A Visual Studio subscription may go to someone else
 * from day 90 on (the returned date), at any time of that day; on day 89 it may not.
 */
export function reassignAllowedFrom(assignedAt: string): string {
  return addDays(todayUtc(new Date(assignedAt)), REASSIGN_WAIT_DAYS);
}

export function canReassign(assignedAt: string, now: Date): boolean {
  return todayUtc(now) >= reassignAllowedFrom(assignedAt);
}
