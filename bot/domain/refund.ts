import { addDays, todayUtc } from './dates';
import type { Benefit } from './benefit';

export const REFUND_WINDOW_DAYS = 30;

export type RefundFailure = 'windowPassed' | 'softwareActivated';

export interface RefundEligibility {
  eligible: boolean;
  failures: RefundFailure[];
  /** Last UTC date on which a cancellation request still qualifies for a refund (purchase date + 30 days). */
  deadline: string;
}

export function refundEligibility(purchaseDate: string, now: Date, softwareActivated: boolean): RefundEligibility {
  const deadline = addDays(purchaseDate, REFUND_WINDOW_DAYS);
  const failures: RefundFailure[] = [];
  if (todayUtc(now) > deadline) failures.push('windowPassed');
  if (softwareActivated) failures.push('softwareActivated');
  return { eligible: failures.length === 0, failures, deadline };
}

export function anySoftwareActivated(benefits: readonly Benefit[]): boolean {
  return benefits.some((benefit) => benefit.category === 'software' && benefit.activated);
}
