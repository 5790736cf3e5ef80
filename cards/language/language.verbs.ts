import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/** What the language card sends; `refresh` shows the card as it stands now for whoever looks at it. */
export const LANGUAGE_VERBS = { choose: AUDITED_ACTIONS.chooseLanguage, refresh: 'language.show' } as const;
