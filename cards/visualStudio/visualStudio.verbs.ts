import { AUDITED_ACTIONS } from '../../bot/domain/auditedActions';

/**
 * What the Visual Studio subscription card and the assign-by-name card send; `refresh` shows the subscription as it
 * stands now, the card's automatic refresh.
 */
export const VISUAL_STUDIO_VERBS = { assign: AUDITED_ACTIONS.assignBenefit, reassign: AUDITED_ACTIONS.reassignBenefit, refresh: 'visualStudio.show' } as const;
