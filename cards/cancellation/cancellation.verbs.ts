import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the cancellation card sends. */
export const CANCELLATION_VERBS = { file: AUDITED_ACTIONS.fileCancellation } as const;
