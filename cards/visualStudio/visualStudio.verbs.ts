import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/**
 * What the Visual Studio subscription card sends; `refresh` shows the subscription as it stands now, the card's
 * automatic refresh.
 */
export const VISUAL_STUDIO_VERBS = { assign: AUDITED_ACTIONS.assignBenefit, reassign: AUDITED_ACTIONS.reassignBenefit, refresh: 'visualStudio.show' } as const;

/**
 * What the card of the people "assign visual studio to <name>" found sends: `pick` assigns the person pressed, `refresh`
 * shows the people as they stand now.
 */
export const VISUAL_STUDIO_BY_NAME_VERBS = { pick: 'visualStudio.assignByName', refresh: 'visualStudio.byName.show' } as const;
