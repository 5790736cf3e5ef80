import { z } from 'zod';
import { IsoDate, todayUtc } from '../domain/dates';
import type { BenefitDoc, UserDoc } from '../domain/documents';
import { checkActivation, checkGoToMarketActivation, meetsOfferRequirement, offerStatus } from '../domain/offers';
import { authorize, requiredRolesFor } from '../domain/permissions';
import type { BenefitRepository, StoredBenefit } from '../store/benefitRepository';
import { updateConditioned, type Decision } from '../store/conditionedUpdate';
import type { TenantRepository } from '../store/tenantRepository';
import type { ActionContext, KnownCaller } from './actionContext';
import { done, refused, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies } from './runAction';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

const OfferId = z.string().trim().min(1).max(128);

export const ActivateOfferInput = z.object({ offerId: OfferId }).strict();
export const RecordActiveInput = z.object({ offerId: OfferId, expires: IsoDate }).strict();

/** An offer as stored; `idempotencyKey` is the activity that set its status, so a redelivery changes nothing. */
export type Offer = Extract<StoredBenefit, { category: 'goToMarket' }>;

export interface OffersOverview {
  /** The offers the company's level and competencies qualify for, by name. */
  offers: Offer[];
  hasMarketingContact: boolean;
  /** Whether the caller may activate offers and record activations. */
  mayManage: boolean;
  /** Who may, when the caller may not. */
  managers: UserDoc[];
}

export interface OfferChange {
  offer: Offer;
}

/**
 * Go-to-market offers: which ones the company can use, activating one (a marketing contact must exist first; Partner
 * Center then takes a few days), and recording it as active with its expiry date once Microsoft confirms.
 */
export class GoToMarketOffers {
  constructor(
    private readonly dependencies: ActionDependencies & {
      benefits: BenefitRepository;
      tenants: TenantRepository;
    },
  ) {}

  async overview(context: ActionContext): Promise<Outcome<OffersOverview>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'viewBenefits');
    if (!permission.ok) return permission.outcome;
    const { caller } = permission;
    const [benefits, contact] = await Promise.all([
      this.dependencies.benefits.list(caller.tenantId),
      this.dependencies.tenants.getMarketingContact(caller.tenantId),
    ]);
    const mayManage = authorize(caller.user, 'manageGoToMarket').allowed;
    return done({
      offers: benefits.filter(isOffer).filter((offer) => meetsOfferRequirement(offer, caller.tenant.membership)),
      hasMarketingContact: contact !== undefined,
      mayManage,
      managers: mayManage
        ? []
        : await this.dependencies.directory.holdersOfRoles(caller.tenantId, requiredRolesFor('manageGoToMarket')),
    });
  }

  /** The offer becomes "activation pending"; it is refused until the company has a marketing contact. */
  activate(context: ActionContext, input: unknown): Promise<Outcome<OfferChange>> {
    const spec = { permission: 'manageGoToMarket' as const, name: AUDITED_ACTIONS.activateOffer, schema: ActivateOfferInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) => {
      const contact = await this.dependencies.tenants.getMarketingContact(caller.tenantId);
      return this.change(caller, context, request.offerId, (offer) => {
        const check = checkGoToMarketActivation(offer, caller.tenant.membership, contact);
        if (check === 'marketingContactRequired') {
          return { stop: refused('marketingContactRequired', { offer: offer.name, offerId: offer.benefitId }) };
        }
        if (check === 'requirementNotMet') return { stop: refused('offerRequirementNotMet', { offer: offer.name }) };
        const activation = checkActivation({ ...offer, status: offerStatus(offer, context.now) });
        if (activation !== 'ok') return { stop: refused(ACTIVATION_REFUSALS[activation], { offer: offer.name }) };
        const activationDate = todayUtc(context.now);
        return write({ ...offer, status: 'activationPending', activationDate, idempotencyKey: context.idempotencyKey });
      });
    });
  }

  /** Microsoft confirmed a pending activation: the offer is active until `expires`, which must lie ahead. */
  recordActive(context: ActionContext, input: unknown): Promise<Outcome<OfferChange>> {
    const spec = { permission: 'manageGoToMarket' as const, name: AUDITED_ACTIONS.recordOfferActive, schema: RecordActiveInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) =>
      this.change(caller, context, request.offerId, (offer) => {
        if (offer.status !== 'activationPending') return { stop: refused('offerNotPending', { offer: offer.name }) };
        if (request.expires <= todayUtc(context.now)) {
          return { stop: refused('offerExpiryNotAhead', { offer: offer.name, expires: request.expires }) };
        }
        return write({ ...offer, status: 'active', expiryDate: request.expires, idempotencyKey: context.idempotencyKey });
      }),
    );
  }

  private async change(
    caller: KnownCaller,
    context: ActionContext,
    offerId: string,
    decide: (offer: Offer) => Decision<Offer, Outcome<OfferChange>>,
  ) {
    const { benefits } = this.dependencies;
    let before: Offer | undefined;
    const outcome = await updateConditioned<Offer, Outcome<OfferChange>>({
      read: async () => {
        const benefit = await benefits.get(caller.tenantId, offerId);
        return benefit && isOffer(benefit) ? benefit : undefined;
      },
      decide: (offer) => {
        before = offer;
        if (!offer) return { stop: refused('offerNotFound') };
        if (offer.idempotencyKey === context.idempotencyKey) return { stop: done({ offer }, true) };
        return decide(offer);
      },
      replace: async (next, etag) => (await benefits.replace(next, etag)) as Offer,
      deadline: context.deadline,
    });
    const after = outcome.kind === 'done' ? statusOf(outcome.value.offer) : undefined;
    return { outcome, target: `benefit:${offerId}`, before: before && statusOf(before), after };
  }
}

const ACTIVATION_REFUSALS = {
  alreadyActive: 'offerAlreadyActive',
  activationPending: 'offerActivationPending',
  expired: 'offerExpired',
  cancelled: 'offerCancelled',
} as const;

function isOffer(benefit: StoredBenefit | BenefitDoc): benefit is Offer {
  return benefit.category === 'goToMarket';
}

function write(next: Offer): Decision<Offer, Outcome<OfferChange>> {
  return { write: next, result: (written) => done({ offer: written }) };
}

function statusOf(offer: Offer) {
  return { status: offer.status, activationDate: offer.activationDate, expiryDate: offer.expiryDate };
}
