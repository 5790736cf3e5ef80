import { z } from 'zod';
import { IsoDate } from './dates';
import { Locale } from './locale';

export const CLOUD_COMPETENCIES = [
  'Security',
  'Cloud Business Applications',
  'Cloud Platform',
  'Cloud Productivity',
  'Enterprise Mobility Management',
  'Small and Midmarket Cloud Solutions',
] as const;

export function isCloudCompetency(name: string): boolean {
  return (CLOUD_COMPETENCIES as readonly string[]).includes(name);
}

export const CompetencyLevel = z.enum(['silver', 'gold']);
export type CompetencyLevel = z.infer<typeof CompetencyLevel>;

export const Competency = z
  .object({
    name: z.string().min(1),
    level: CompetencyLevel,
    cloud: z.boolean(),
  })
  .superRefine((competency, ctx) => {
    if (competency.cloud !== isCloudCompetency(competency.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cloud'],
        message: `"${competency.name}" is ${isCloudCompetency(competency.name) ? '' : 'not '}a cloud competency`,
      });
    }
  });
export type Competency = z.infer<typeof Competency>;

/**
 * Once automatic renewal is turned off it stays off until the next renewal, so the day it was turned off is kept
 * (`autoRenewOffSince`) whenever `autoRenew` is false.
 */
export const ActionPack = z
  .object({
    purchaseDate: IsoDate,
    autoRenew: z.boolean(),
    lastRenewalDate: IsoDate.optional(),
    autoRenewOffSince: IsoDate.optional(),
  })
  .superRefine((pack, ctx) => {
    if (!pack.autoRenew && pack.autoRenewOffSince === undefined) {
      ctx.addIssue({ code: 'custom', path: ['autoRenewOffSince'], message: 'required when autoRenew is false' });
    }
    if (pack.autoRenew && pack.autoRenewOffSince !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['autoRenewOffSince'], message: 'only allowed when autoRenew is false' });
    }
    if (pack.lastRenewalDate !== undefined && pack.lastRenewalDate < pack.purchaseDate) {
      ctx.addIssue({ code: 'custom', path: ['lastRenewalDate'], message: 'must not be before purchaseDate' });
    }
  });
export type ActionPack = z.infer<typeof ActionPack>;

export const Membership = z
  .object({
    networkMember: z.boolean(),
    actionPack: ActionPack.optional(),
    competencies: z.array(Competency),
  })
  .superRefine((membership, ctx) => {
    const upgraded = membership.actionPack !== undefined || membership.competencies.length > 0;
    if (upgraded && !membership.networkMember) {
      ctx.addIssue({
        code: 'custom',
        path: ['networkMember'],
        message: 'an Action Pack or competency requires network membership',
      });
    }
  });
export type Membership = z.infer<typeof Membership>;

export const TenantProfile = z.object({
  tenantId: z.string().min(1),
  companyName: z.string().min(1),
  partnerCenterAccountEmail: z.email(),
  defaultLocale: Locale.default('en'),
  membership: Membership,
});
export type TenantProfile = z.infer<typeof TenantProfile>;
