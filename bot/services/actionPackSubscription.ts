import { z } from 'zod';
import { actionPackRenewalDate, checkTurnOnAutoRenew, type AutoRenewTurnOnCheck } from '../domain/actionPack';
import { AUDITED_ACTIONS, type AuditedAction } from '../domain/auditedActions';
import { IsoDate, todayUtc } from '../domain/dates';
import type { ActionPackChange, ActionPackChangeKind, TenantDoc } from '../domain/documents';
import { authorize } from '../domain/permissions';
import type { ActionPack } from '../domain/tenant';
import { updateConditioned, type Decision } from '../store/conditionedUpdate';
import type { Stored } from '../store/tenantDocuments';
import type { TenantRepository } from '../store/tenantRepository';
import type { ActionContext } from './actionContext';
import { done, refused, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies } from './runAction';

export const TurnOffInput = z.object({ confirmed: z.literal(true) }).strict();
export const TurnOnInput = z.object({}).strict();
export const RecordRenewalInput = z.object({ renewalDate: IsoDate }).strict();

/** The latest changes are kept on the profile, so a redelivered activity finds the change it made. */
const KEPT_CHANGES = 20;

export interface ActionPackState {
  actionPack: ActionPack;
  renewalDate: string;
  turnOn: AutoRenewTurnOnCheck;
  /** Whether the caller may change it; the use cases check again on every change. */
  mayManage: boolean;
  /** Who may change it, for someone who may not. */
  managers: string[];
}

type StoredProfile = Stored<TenantDoc>;

/** The name the audit records each change under; the change's button on the Action Pack card sends it as its verb. */
const AUDITED_CHANGES: Record<ActionPackChangeKind, AuditedAction> = {
  turnOffAutoRenew: AUDITED_ACTIONS.turnOffActionPackAutoRenew,
  turnOnAutoRenew: AUDITED_ACTIONS.turnOnActionPackAutoRenew,
  recordRenewal: AUDITED_ACTIONS.recordActionPackRenewal,
};

/** The Action Pack's yearly subscription: automatic renewal off and on again, and renewals as they happen. */
export class ActionPackSubscription {
  constructor(private readonly dependencies: ActionDependencies & { tenants: TenantRepository }) {}

  async state(context: ActionContext): Promise<Outcome<ActionPackState>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'viewBenefits');
    if (!permission.ok) return permission.outcome;
    const { caller } = permission;
    const profile = await this.dependencies.tenants.getProfile(caller.tenantId);
    const actionPack = profile?.membership.actionPack;
    if (!actionPack) return refused('noActionPack');
    const managers = await checkPermission(this.dependencies.directory, context.caller, 'manageSubscription');
    return done({
      ...stateOf(actionPack, context.now),
      mayManage: authorize(caller.user, 'manageSubscription').allowed,
      managers: !managers.ok && managers.outcome.kind === 'refused' ? (managers.outcome.params.holders ?? []) : [],
    });
  }

  /** Can be done any time, but it stays off until the subscription has been renewed. */
  turnOffAutoRenew(context: ActionContext, input: unknown): Promise<Outcome<ActionPackState>> {
    return this.change(context, input, 'turnOffAutoRenew', TurnOffInput, (actionPack, today) => {
      if (!actionPack.autoRenew) return refused('autoRenewAlreadyOff', { since: actionPack.autoRenewOffSince });
      return { ...actionPack, autoRenew: false, autoRenewOffSince: today };
    });
  }

  turnOnAutoRenew(context: ActionContext, input: unknown): Promise<Outcome<ActionPackState>> {
    return this.change(context, input, 'turnOnAutoRenew', TurnOnInput, (actionPack, _today, now) => {
      const check = checkTurnOnAutoRenew(actionPack);
      if (check === 'alreadyOn') return refused('autoRenewAlreadyOn');
      if (check === 'awaitingRenewal') {
        return refused('autoRenewAwaitingRenewal', {
          since: actionPack.autoRenewOffSince,
          renewalDate: actionPackRenewalDate(actionPack.purchaseDate, actionPack.lastRenewalDate, now),
        });
      }
      const { autoRenewOffSince: _off, ...rest } = actionPack;
      return { ...rest, autoRenew: true };
    });
  }

  /** A renewal that has happened: not in the future, not before the purchase, not before the renewal already recorded. */
  recordRenewal(context: ActionContext, input: unknown): Promise<Outcome<ActionPackState>> {
    return this.change(context, input, 'recordRenewal', RecordRenewalInput, (actionPack, today, _now, request) => {
      const { renewalDate } = request;
      if (renewalDate > today) return refused('renewalInFuture', { renewalDate });
      if (renewalDate < actionPack.purchaseDate) {
        return refused('renewalBeforePurchase', { renewalDate, purchaseDate: actionPack.purchaseDate });
      }
      if (actionPack.lastRenewalDate !== undefined && renewalDate < actionPack.lastRenewalDate) {
        return refused('renewalBeforeLast', { renewalDate, lastRenewalDate: actionPack.lastRenewalDate });
      }
      return { ...actionPack, lastRenewalDate: renewalDate };
    });
  }

  private change<TInput>(
    context: ActionContext,
    input: unknown,
    kind: ActionPackChangeKind,
    schema: z.ZodType<TInput>,
    decide: (actionPack: ActionPack, today: string, now: Date, request: TInput) => ActionPack | Outcome<never>,
  ): Promise<Outcome<ActionPackState>> {
    const spec = { permission: 'manageSubscription' as const, name: AUDITED_CHANGES[kind], schema };
    return runAction(this.dependencies, context, spec, input, async (caller, request) => {
      const { tenants } = this.dependencies;
      let before: ActionPack | undefined;
      const outcome = await updateConditioned<StoredProfile, Outcome<ActionPackState>>({
        read: () => tenants.getProfile(caller.tenantId),
        decide: (profile): Decision<StoredProfile, Outcome<ActionPackState>> => {
          const actionPack = profile?.membership.actionPack;
          if (!profile || !actionPack) return { stop: refused('noActionPack') };
          before = actionPack;
          const changes = profile.actionPackChanges ?? [];
          const view = (pack: ActionPack) => ({ ...stateOf(pack, context.now), mayManage: true, managers: [] });
          if (changes.some((change) => change.idempotencyKey === context.idempotencyKey)) return { stop: done(view(actionPack), true) };
          const decided = decide(actionPack, todayUtc(context.now), context.now, request);
          if ('kind' in decided) return { stop: decided };
          const change: ActionPackChange = {
            change: kind,
            idempotencyKey: context.idempotencyKey,
            at: context.now.toISOString(),
            by: caller.user.aadObjectId,
          };
          return {
            write: {
              ...profile,
              membership: { ...profile.membership, actionPack: decided },
              actionPackChanges: [...changes, change].slice(-KEPT_CHANGES),
            },
            result: (written) => done(view(written.membership.actionPack!)),
          };
        },
        replace: (next, etag) => tenants.replaceProfile(next, etag),
        deadline: context.deadline,
      });
      const after = outcome.kind === 'done' ? outcome.value.actionPack : undefined;
      return { outcome, target: 'actionPack', before, after };
    });
  }
}

function stateOf(actionPack: ActionPack, now: Date): Pick<ActionPackState, 'actionPack' | 'renewalDate' | 'turnOn'> {
  return {
    actionPack,
    renewalDate: actionPackRenewalDate(actionPack.purchaseDate, actionPack.lastRenewalDate, now),
    turnOn: checkTurnOnAutoRenew(actionPack),
  };
}
