import { z } from 'zod';
import type { SoftwareBenefit, SoftwareProduct } from '../domain/benefit';
import { withoutKeys } from '../domain/keyVisibility';
import type { BenefitRepository } from '../store/benefitRepository';
import type { ActionContext } from './actionContext';
import type { BenefitQueries } from './benefitQueries';
import { keyRefusal, revealKeys } from './keyReveal';
import { done, refused, type Outcome } from './outcome';
import type { ActionDependencies } from './runAction';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

const Text = z.string().trim().min(1).max(200);

export const SoftwareKeysInput = z.object({ benefitId: Text, product: Text, language: Text, os: Text }).strict();
export type SoftwareKeysInput = z.infer<typeof SoftwareKeysInput>;

/** A product as the list shows it: what can be chosen, never its keys. */
export interface SoftwareProductView {
  benefitId: string;
  benefitName: string;
  product: Omit<SoftwareProduct, 'keys'>;
}

export interface RevealedSoftwareKeys {
  benefitName: string;
  product: string;
  language: string;
  os: string;
  keys: string[];
  /** The install packages for the chosen language and operating system. */
  downloadLinks: string[];
  specialInstructions?: string;
}

/** Software benefits: pick a product, then get its keys with the download links for a language and an OS. */
export class SoftwareKeys {
  constructor(
    private readonly dependencies: ActionDependencies & { benefits: BenefitRepository; queries: BenefitQueries },
  ) {}

  async products(context: ActionContext): Promise<Outcome<SoftwareProductView[]>> {
    const outcome = await this.dependencies.queries.benefits(context, 'software');
    if (outcome.kind !== 'done') return outcome;
    return done(
      (outcome.value as SoftwareBenefit[]).map(withoutKeys).flatMap((benefit) =>
        benefit.products.map(({ keys: _keys, ...product }) => ({ benefitId: benefit.benefitId, benefitName: benefit.name, product })),
      ),
    );
  }

  /** Undefined when `getKeys` would show this caller the keys here; otherwise the refusal it would give. */
  keyRefusal(context: ActionContext): Promise<Outcome<never> | undefined> {
    return keyRefusal(this.dependencies.directory, context);
  }

  getKeys(context: ActionContext, input: unknown): Promise<Outcome<RevealedSoftwareKeys>> {
    const spec = { name: AUDITED_ACTIONS.getSoftwareKeys, schema: SoftwareKeysInput };
    return revealKeys(this.dependencies, context, spec, input, async (caller, request) => {
      const target = `benefit:${request.benefitId}`;
      const chosen = { product: request.product, language: request.language, os: request.os };
      const benefit = await this.dependencies.benefits.get(caller.tenantId, request.benefitId);
      const product =
        benefit?.category === 'software' ? benefit.products.find((candidate) => candidate.name === request.product) : undefined;
      if (!benefit || !product) return { outcome: refused('softwareProductNotFound'), target, after: chosen };
      if (!product.languages.includes(request.language) || !product.operatingSystems.includes(request.os)) {
        return { outcome: refused('softwareChoiceNotOffered', { product: product.name }), target, after: chosen };
      }
      const revealed = revealedKeys(benefit.name, product, request.language, request.os);
      return { outcome: done(revealed), target, after: { ...chosen, keysShown: product.keys.length } };
    });
  }
}

/** What a reveal shows: the keys, and the install packages that match the chosen language and operating system. */
export function revealedKeys(benefitName: string, product: SoftwareProduct, language: string, os: string): RevealedSoftwareKeys {
  return {
    benefitName,
    product: product.name,
    language,
    os,
    keys: product.keys,
    downloadLinks: product.downloadLinks.filter((link) => link.language === language && link.os === os).map((link) => link.url),
    ...(product.specialInstructions ? { specialInstructions: product.specialInstructions } : {}),
  };
}
