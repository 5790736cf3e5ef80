import type { PartnerCenterRole } from '../domain/roles';

/** Values a refusal carries for its message; role lists are translated by the presenter. */
export interface RefusalParams {
  [name: string]: string | number | string[] | undefined;
  requiredRoles?: PartnerCenterRole[];
  holders?: string[];
}

/**
 * What a use case answers. `refused` is a rule saying no (the code names the message, `refusals.<code>` in the
 * catalogs); `invalid` is input that does not have the expected shape.
 */
export type Outcome<T> =
  | { kind: 'done'; value: T; replayed: boolean }
  | { kind: 'refused'; code: string; params: RefusalParams }
  | { kind: 'invalid'; issues: { path: string; message: string }[] };

export const done = <T>(value: T, replayed = false): Outcome<T> => ({ kind: 'done', value, replayed });
export const refused = (code: string, params: RefusalParams = {}): Outcome<never> => ({ kind: 'refused', code, params });

/** The input did not match its schema: each problem with its path, for the log and the audit. */
export const invalid = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Outcome<never> => ({
  kind: 'invalid',
  issues: error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
});
