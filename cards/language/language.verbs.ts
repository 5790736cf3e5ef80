import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the language card sends. */
export const LANGUAGE_VERBS = { choose: AUDITED_ACTIONS.chooseLanguage } as const;
