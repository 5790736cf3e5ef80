import { daysFromTo, todayUtc } from './dates';
import type { Benefit, BenefitStatus, GoToMarketBenefit } from './benefit';
import type { MarketingContact } from './marketingContact';
import type { Membership } from './tenant';

const LIVE_STATUSES: readonly BenefitStatus[] = ['available', 'activationPending', 'active'];

/** False is the "you don't have any benefits yet" case. */
export function hasActiveMembershipOffers(benefits: readonly Benefit[]): boolean {
  return benefits.some((benefit) => LIVE_STATUSES.includes(benefit.status));
}

export type ActivationCheck = 'ok' | 'alreadyActive' | 'activationPending' | 'expired' | 'cancelled';

/** Only an available benefit can be activated; activation then stays pending for several days. */
export function checkActivation(benefit: Benefit): ActivationCheck {
  switch (benefit.status) {
    case 'available':
      return 'ok';
    case 'active':
      return 'alreadyActive';
    default:
      return benefit.status;
  }
}

export type GoToMarketActivationCheck = 'ok' | 'marketingContactRequired' | 'requirementNotMet';

/** Which go-to-market offers a company may use depends on its competency level and the competencies earned. */
export function meetsOfferRequirement(offer: GoToMarketBenefit, membership: Membership): boolean {
  if (offer.requiredLevel === undefined && offer.requiredCompetency === undefined) return true;
  return membership.competencies.some(
    (competency) =>
      (offer.requiredCompetency === undefined || competency.name === offer.requiredCompetency) &&
      (offer.requiredLevel !== 'gold' || competency.level === 'gold'),
  );
}

/** Follow-up communication about an active offer goes to the marketing contact, so one must exist first. */
export function checkGoToMarketActivation(
  offer: GoToMarketBenefit,
  membership: Membership,
  marketingContact: MarketingContact | undefined,
): GoToMarketActivationCheck {
  if (marketingContact === undefined) return 'marketingContactRequired';
  if (!meetsOfferRequirement(offer, membership)) return 'requirementNotMet';
  return 'ok';
}

export type ExpiryState = 'noExpiry' | 'current' | 'expiringSoon' | 'expired';

/** The expiry date is the last day the offer can be used (UTC); it expires the day after. */
export function expiryState(expiryDate: string | undefined, now: Date, warnDays: number): ExpiryState {
  if (expiryDate === undefined) return 'noExpiry';
  const daysLeft = daysFromTo(todayUtc(now), expiryDate);
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= warnDays) return 'expiringSoon';
  return 'current';
}

/** An offer whose expiry date has passed is expired, whatever its last recorded status says. */
export function offerStatus(offer: GoToMarketBenefit, now: Date): BenefitStatus {
  if (offer.status === 'cancelled') return offer.status;
  return expiryState(offer.expiryDate, now, 0) === 'expired' ? 'expired' : offer.status;
}
