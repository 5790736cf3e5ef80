import { z } from 'zod';
import { IsoDate } from './dates';
import { CompetencyLevel } from './tenant';

export const BenefitStatus = z.enum(['available', 'activationPending', 'active', 'expired', 'cancelled']);
export type BenefitStatus = z.infer<typeof BenefitStatus>;

export const BenefitCategory = z.enum(['software', 'cloud', 'visualStudio', 'technical', 'goToMarket']);
export type BenefitCategory = z.infer<typeof BenefitCategory>;

const common = {
  benefitId: z.string().min(1),
  name: z.string().min(1),
  quantity: z.number().int().min(0),
  status: BenefitStatus,
  purchaseDate: IsoDate.optional(),
  activationDate: IsoDate.optional(),
  expiryDate: IsoDate.optional(),
};

export const DownloadLink = z.object({
  language: z.string().min(1),
  os: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
});
export type DownloadLink = z.infer<typeof DownloadLink>;

export const SoftwareProduct = z
  .object({
    name: z.string().min(1),
    keys: z.array(z.string().min(1)),
    languages: z.array(z.string().min(1)),
    operatingSystems: z.array(z.string().min(1)),
    downloadLinks: z.array(DownloadLink),
    specialInstructions: z.string().min(1).optional(),
  })
  .superRefine((product, ctx) => {
    product.downloadLinks.forEach((link, index) => {
      if (!product.languages.includes(link.language)) {
        ctx.addIssue({ code: 'custom', path: ['downloadLinks', index, 'language'], message: 'not among languages' });
      }
      if (!product.operatingSystems.includes(link.os)) {
        ctx.addIssue({ code: 'custom', path: ['downloadLinks', index, 'os'], message: 'not among operatingSystems' });
      }
    });
  });
export type SoftwareProduct = z.infer<typeof SoftwareProduct>;

export const SoftwareBenefit = z.object({
  ...common,
  category: z.literal('software'),
  products: z.array(SoftwareProduct),
  activated: z.boolean(),
});
export type SoftwareBenefit = z.infer<typeof SoftwareBenefit>;

export const CloudBenefit = z.object({
  ...common,
  category: z.literal('cloud'),
  billing: z.enum(['usageBased', 'licenseBased']),
  keys: z.array(z.string().min(1)).optional(),
  activationInstructions: z.string().min(1).optional(),
});
export type CloudBenefit = z.infer<typeof CloudBenefit>;

export const VisualStudioBenefit = z.object({
  ...common,
  category: z.literal('visualStudio'),
  edition: z.string().min(1),
});
export type VisualStudioBenefit = z.infer<typeof VisualStudioBenefit>;

export const TechnicalKind = z.enum([
  'onPremisesIncidents',
  'signatureCloudSupport',
  'advisoryHours',
  'presalesDeployment',
]);
export type TechnicalKind = z.infer<typeof TechnicalKind>;

/** The kinds whose help is asked for with a request form rather than a support incident. */
export const REQUEST_FORM_KINDS: readonly TechnicalKind[] = ['advisoryHours', 'presalesDeployment'];

/** The longest input each field takes; the card's inputs stop at the same length. */
export const TECHNICAL_INPUT_LIMITS = { supportId: 64, topic: 120, description: 2000 } as const;

export const TechnicalBenefit = z.object({
  ...common,
  category: z.literal('technical'),
  kind: TechnicalKind,
  accessId: z.string().min(1).optional(),
  contractId: z.string().min(1).optional(),
});
export type TechnicalBenefit = z.infer<typeof TechnicalBenefit>;

export const GoToMarketBenefit = z.object({
  ...common,
  category: z.literal('goToMarket'),
  offerTypes: z.array(z.string().min(1)),
  requiredLevel: CompetencyLevel.optional(),
  requiredCompetency: z.string().min(1).optional(),
});
export type GoToMarketBenefit = z.infer<typeof GoToMarketBenefit>;

export const Benefit = z.discriminatedUnion('category', [
  SoftwareBenefit,
  CloudBenefit,
  VisualStudioBenefit,
  TechnicalBenefit,
  GoToMarketBenefit,
]);
export type Benefit = z.infer<typeof Benefit>;
