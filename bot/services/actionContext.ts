import type { TenantDoc, UserDoc } from '../domain/documents';
import type { Caller } from './caller';

/** Everything a use case needs to know about the turn that asked for it. */
export interface ActionContext {
  caller: Caller;
  /** The activity's id: the key that makes a redelivered activity take effect once. */
  activityId: string;
  /** Keys and other secrets are shown only in a personal chat. */
  conversationType: string;
  now: Date;
  /** Told as soon as a change of this turn is applied, so that a later failure of the turn is not reported as "nothing changed". */
  changeApplied?: () => void;
}

/** A caller whose company and roster entry are known; anyone else is refused before any rule is looked at. */
export interface KnownCaller extends Caller {
  tenantId: string;
  tenant: TenantDoc;
  user: UserDoc;
}
