import { createHash, randomUUID } from 'node:crypto';
import type { TenantDoc, UserDoc } from '../domain/documents';
import type { TurnDeadline } from '../domain/turnDeadline';
import type { Caller } from './caller';

/** Everything a use case needs to know about the turn that asked for it. */
export interface ActionContext {
  caller: Caller;
  /** What makes a redelivered activity take effect once: see `idempotencyKeyOf`. */
  idempotencyKey: string;
  /** Keys and other secrets are shown only in a personal chat. */
  conversationType: string;
  now: Date;
  /** Past it, the use case starts no more store calls: the user has been told that nothing changed. */
  deadline: TurnDeadline;
  /** Told as soon as a change of this turn is applied, so that a later failure of the turn is not reported as "nothing changed". */
  changeApplied?: () => void;
}

/** A caller whose company and roster entry are known; anyone else is refused before any rule is looked at. */
export interface KnownCaller extends Caller {
  tenantId: string;
  tenant: TenantDoc;
  user: UserDoc;
}

/**
 * The key under which an activity's change is recorded. Teams message ids are unique within a conversation only, so
 * the key names both; hashed, because conversation ids are long and may hold characters a document id cannot. An
 * activity without an id cannot be recognized when it comes again: it gets a key of its own, never another's.
 */
export function idempotencyKeyOf(conversationId: string | undefined, activityId: string | undefined): string {
  if (!activityId) return randomUUID();
  return createHash('sha256').update(JSON.stringify([conversationId ?? '', activityId])).digest('base64url');
}
