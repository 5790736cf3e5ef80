/**
 * What the Visual Studio subscription card and the assign-by-name card send; `refresh` shows the subscription as it
 * stands now, the card's automatic refresh.
 */
export const VISUAL_STUDIO_VERBS = { assign: 'benefit.assign', reassign: 'benefit.reassign', refresh: 'visualStudio.show' } as const;
