import { DEMO_USERS } from './demo';

/** The demo company's go-to-market offer it qualifies for and can activate. */
export const SILVER_CORE = 'gtm-silver-core';
export const SILVER_CORE_NAME = 'Silver Core go-to-market benefits';

/** A marketing contact as the form sends it: Megan, a German speaker, with a phone number to be put in E.164. */
export const MARKETING_CONTACT = {
  aadObjectId: DEMO_USERS.megan.aadObjectId,
  email: 'marketing@contoso-partners.example',
  phone: '+49 30 1234567',
  preferredLanguage: 'de',
};
