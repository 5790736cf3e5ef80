import { anniversary, daysFromTo, todayUtc } from './dates';
import type { ActionPack } from './tenant';

/** A renewal, early or late, counts for the anniversary closest to it. */
function anniversaryRenewedBy(purchaseDate: string, renewalDate: string): string {
  let covered = anniversary(purchaseDate, 1);
  for (let years = 2; ; years += 1) {
    const next = anniversary(purchaseDate, years);
    if (Math.abs(daysFromTo(next, renewalDate)) >= Math.abs(daysFromTo(covered, renewalDate))) return covered;
    covered = next;
  }
}

/**
 * The Action Pack renews every year on its purchase date: the next anniversary on or after today that the last
 * renewal has not already covered. 29 February renews on 28 February in common years.
 */
export function actionPackRenewalDate(purchaseDate: string, lastRenewalDate: string | undefined, now: Date): string {
  const today = todayUtc(now);
  const covered =
    lastRenewalDate !== undefined && lastRenewalDate > purchaseDate
      ? anniversaryRenewedBy(purchaseDate, lastRenewalDate)
      : purchaseDate;
  for (let years = 1; ; years += 1) {
    const candidate = anniversary(purchaseDate, years);
    if (candidate >= today && candidate > covered) return candidate;
  }
}

export type AutoRenewTurnOnCheck = 'ok' | 'alreadyOn' | 'awaitingRenewal';

/** Automatic renewal, once turned off, can only be turned back on after the subscription has been renewed. */
export function checkTurnOnAutoRenew(actionPack: ActionPack): AutoRenewTurnOnCheck {
  if (actionPack.autoRenew) return 'alreadyOn';
  const offSince = actionPack.autoRenewOffSince;
  const renewedSinceTurnedOff =
    offSince !== undefined && actionPack.lastRenewalDate !== undefined && actionPack.lastRenewalDate > offSince;
  return renewedSinceTurnedOff ? 'ok' : 'awaitingRenewal';
}
