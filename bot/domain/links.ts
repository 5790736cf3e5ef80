/**
 * Where the work continues outside Teams. Partner Center's addresses are those its articles give (the rule book lists
 * them); the Visual Studio subscriptions portal and the Azure portal are their well-known public addresses.
 */
export const LINKS = {
  partnerCenterBenefits: 'https://partnercenter.microsoft.com/pcv/partnership/benefits',
  partnerCenterTechnicalBenefits: 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical',
  partnerCenterAdvisoryHoursRequest: 'https://partnercenter.microsoft.com/pcv/partnership/benefits/createadvisoryhoursservicerequest',
  partnerCenterServiceRequests: 'https://partnercenter.microsoft.com/partner/support',
  supportForBusiness: 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  actionPack: 'https://partner.microsoft.com/membership/action-pack',
  visualStudioSubscriptions: 'https://my.visualstudio.com/',
  azurePortal: 'https://portal.azure.com/',
} as const;

export type LinkDestination = keyof typeof LINKS;
