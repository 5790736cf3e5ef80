import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the software product card sends. */
export const SOFTWARE_VERBS = { getKeys: AUDITED_ACTIONS.getSoftwareKeys } as const;
