import type { z } from 'zod';
import type { AuditedAction } from '../domain/auditedActions';
import { mayRevealKeys } from '../domain/keyVisibility';
import type { ActionContext, KnownCaller } from './actionContext';
import type { Caller } from './caller';
import type { DirectoryService } from './directoryService';
import { refused, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies, type ActionEffect } from './runAction';

/**
 * Why keys would not be shown to this caller here, as the refusal a reveal would give; undefined when they would.
 * For what a card offers: the reveal itself decides again on a fresh roster entry.
 * The role check names who holds the roles; a permitted caller outside a personal chat is told to ask there.
 */
export async function keyRefusal(directory: DirectoryService, context: ActionContext): Promise<Outcome<never> | undefined> {
  const permission = await checkPermission(directory, context.caller, 'getKeys');
  if (!permission.ok) return permission.outcome;
  return conversationRefusal(context.caller, context.conversationType);
}

function conversationRefusal(caller: Caller, conversationType: string): Outcome<never> | undefined {
  const visibility = mayRevealKeys(caller.user, conversationType);
  if (visibility === 'visible') return undefined;
  return refused(visibility === 'personalChatOnly' ? 'keysOnlyInPersonalChat' : visibility);
}

export interface KeyRevealSpec<TInput> {
  /** The name the audit log records. */
  name: AuditedAction;
  schema: z.ZodType<TInput>;
}

/**
 * A use case that hands out keys: role, roster and input are checked like every change, then the conversation, and
 * the reveal is audited. The audit entry is what `body` returns as target and `after`, which must never hold a key.
 */
export function revealKeys<TInput, T>(
  dependencies: ActionDependencies,
  context: ActionContext,
  spec: KeyRevealSpec<TInput>,
  input: unknown,
  body: (caller: KnownCaller, input: TInput) => Promise<ActionEffect<T>>,
): Promise<Outcome<T>> {
  return runAction(dependencies, context, { permission: 'getKeys', readOnly: true, ...spec }, input, async (caller, request) => {
    const refusal = conversationRefusal(caller, context.conversationType);
    if (refusal) return { outcome: refusal, target: spec.name, after: { conversationType: context.conversationType } };
    return body(caller, request);
  });
}
