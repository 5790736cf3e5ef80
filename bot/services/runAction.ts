import type { z } from 'zod';
import type { AuditedAction } from '../domain/auditedActions';
import { authorize, type Action } from '../domain/permissions';
import type { ActionContext, KnownCaller } from './actionContext';
import type { Caller } from './caller';
import type { DirectoryService } from './directoryService';
import type { AuditLog } from './auditLog';
import { boundedState, summarize } from './auditSummary';
import { invalid, refused, type Outcome } from './outcome';

export interface ActionDependencies {
  directory: DirectoryService;
  audit: AuditLog;
}

export interface ActionSpec<TInput> {
  /** The permission the action needs. */
  permission: Action;
  /** The name the audit log records, e.g. `benefit.assign`; a card's button for the action sends it as its verb. */
  name: AuditedAction;
  schema: z.ZodType<TInput>;
  /** An action that changes nothing (handing out keys): audited like a change, but no change to report. */
  readOnly?: boolean;
}

export interface ActionEffect<T> {
  outcome: Outcome<T>;
  target: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Every change goes through here: who is asking is checked against the roster and the permission (the card that
 * sent the request proves nothing), the input against its schema, and the result, applied or refused, is audited.
 */
export async function runAction<TInput, T>(
  dependencies: ActionDependencies,
  context: ActionContext,
  spec: ActionSpec<TInput>,
  input: unknown,
  body: (caller: KnownCaller, input: TInput) => Promise<ActionEffect<T>>,
): Promise<Outcome<T>> {
  if (!context.caller.tenantId || !context.caller.tenant) return refused('unknownTenant');
  context.deadline.check();
  const tenantId = context.caller.tenantId;
  const caller = await withCurrentRosterEntry(dependencies.directory, context.caller);
  const record = (effect: Omit<ActionEffect<T>, 'outcome'> & { outcome: Outcome<unknown> }) =>
    dependencies.audit.record(context, tenantId, {
      action: spec.name,
      target: effect.target,
      before: boundedState(effect.before),
      after: boundedState(effect.after),
      outcome: effect.outcome.kind === 'done' ? 'applied' : 'refused',
      reason: effect.outcome.kind === 'refused' ? effect.outcome.code : effect.outcome.kind === 'invalid' ? 'invalidInput' : undefined,
    });

  const permission = await checkPermission(dependencies.directory, caller, spec.permission);
  if (!permission.ok) {
    // Someone who may not act, perhaps from outside the roster, chose the input's size: only its summary is kept.
    await record({ outcome: permission.outcome, target: spec.name, after: { input: summarize(input) } });
    return permission.outcome;
  }
  const parsed = spec.schema.safeParse(input);
  if (!parsed.success) {
    const outcome = invalid(parsed.error);
    await record({ outcome, target: spec.name });
    return outcome;
  }
  const effect = await body(permission.caller, parsed.data);
  if (effect.outcome.kind === 'done' && !spec.readOnly) context.changeApplied?.();
  await record(effect);
  return effect.outcome;
}

/**
 * The turn's roster entry may be some seconds old (it is remembered between turns); roles that decide a change are
 * read again, so a role taken away by an import is not used one more time.
 */
export async function withCurrentRosterEntry(directory: DirectoryService, caller: Caller): Promise<Caller> {
  if (!caller.tenantId || !caller.aadObjectId) return caller;
  return { ...caller, user: await directory.getUser(caller.tenantId, caller.aadObjectId) };
}

/** Whether the caller may act: if so, as a caller whose company and roster entry are known; if not, the refusal. */
export type Permission = { ok: true; caller: KnownCaller } | { ok: false; outcome: Outcome<never> };

/** The refusal names who in the company holds the needed role. */
export async function checkPermission(directory: DirectoryService, caller: Caller, action: Action): Promise<Permission> {
  const { tenantId, tenant, user } = caller;
  if (!tenantId || !tenant) return { ok: false, outcome: refused('unknownTenant') };
  const authorization = authorize(user, action);
  if (authorization.allowed && user) return { ok: true, caller: { ...caller, tenantId, tenant, user } };
  if (authorization.allowed) throw new Error('A caller without a roster entry was allowed to act');
  if (authorization.reason === 'cspOnly') return { ok: false, outcome: refused('cspOnly') };
  const roles = authorization.reason === 'notInRoster' ? (['globalAdmin'] as const) : authorization.requiredRoles;
  const holders = await directory.holdersOfRoles(tenantId, roles);
  return { ok: false, outcome: refused(authorization.reason, { requiredRoles: [...roles], holders: holders.map((holder) => holder.displayName) }) };
}
