import { z } from 'zod';

export const PhoneE164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +4930123456');

export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or zh-CN');

/** The languages a marketing contact can ask Microsoft's follow-up communication in, as language tags. */
export const MARKETING_LANGUAGES = ['en', 'de', 'nl', 'fr', 'es', 'it', 'pt-BR', 'pl', 'ja', 'ko', 'zh-CN'] as const;

export const MarketingContact = z.object({
  aadObjectId: z.string().min(1),
  email: z.email(),
  phoneE164: PhoneE164,
  preferredLanguage: LanguageTag,
});
export type MarketingContact = z.infer<typeof MarketingContact>;
