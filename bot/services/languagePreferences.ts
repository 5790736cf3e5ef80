import { z } from 'zod';
import { AUDITED_ACTIONS } from '../domain/auditedActions';
import type { CachePolicy } from '../domain/cache';
import { userPreferenceDocId, type UserPreferenceDoc } from '../domain/documents';
import { Locale } from '../domain/locale';
import { updateConditioned } from '../store/conditionedUpdate';
import type { PreferenceRepository } from '../store/preferenceRepository';
import { ReadThroughCache } from '../store/readThroughCache';
import type { ActionContext } from './actionContext';
import type { AuditLog } from './auditLog';
import { done, invalid, refused, type Outcome } from './outcome';

export const LanguageChoice = z.object({ language: Locale }).strict();
export type LanguageChoice = z.infer<typeof LanguageChoice>;

interface Person {
  tenantId: string;
  aadObjectId: string;
}

/** Asked on every turn; a choice made on another instance is seen within this time. */
const CHOSEN_LOCALES: CachePolicy = { name: 'languagePreferences.chosen', ttlMs: 30_000, maxEntries: 10_000 };

/**
 * The language each person chose. Anyone of a known company may choose theirs, in the roster or not: the help card
 * that tells someone outside the roster whom to ask should be in a language they read. It is their own setting only.
 */
export class LanguagePreferences {
  /** Asked on every turn, so remembered a while; a person without a choice is remembered as such. */
  private readonly chosen: ReadThroughCache<Person, { locale?: Locale }>;

  constructor(private readonly dependencies: { preferences: PreferenceRepository; audit: AuditLog }) {
    this.chosen = new ReadThroughCache(
      async ({ tenantId, aadObjectId }: Person) => ({ locale: (await dependencies.preferences.get(tenantId, aadObjectId))?.locale }),
      ({ tenantId, aadObjectId }) => `${tenantId}|${aadObjectId}`,
      CHOSEN_LOCALES,
    );
  }

  /** The language the person chose, if any. */
  async chosenLocale(tenantId: string, aadObjectId: string): Promise<Locale | undefined> {
    return (await this.chosen.get({ tenantId, aadObjectId }))?.locale;
  }

  /** ETag-conditioned; the same activity chooses once, however often Teams delivers it. */
  async choose(context: ActionContext, input: unknown): Promise<Outcome<Locale>> {
    const { tenantId, tenant, aadObjectId } = context.caller;
    if (!tenantId || !tenant || !aadObjectId) return refused('unknownTenant');
    const audit = (outcome: Outcome<unknown>, before?: Locale, after?: Locale) =>
      this.dependencies.audit.record(context, tenantId, {
        action: AUDITED_ACTIONS.chooseLanguage,
        target: userPreferenceDocId(aadObjectId),
        before: before && { locale: before },
        after: after && { locale: after },
        outcome: outcome.kind === 'done' ? 'applied' : 'refused',
        reason: outcome.kind === 'invalid' ? 'invalidInput' : undefined,
      });
    const parsed = LanguageChoice.safeParse(input);
    if (!parsed.success) {
      const outcome = invalid(parsed.error);
      await audit(outcome);
      return outcome;
    }
    const { preferences } = this.dependencies;
    let before: Locale | undefined;
    const outcome = await updateConditioned<UserPreferenceDoc, Outcome<Locale>>({
      read: () => preferences.get(tenantId, aadObjectId),
      decide: (current) => {
        before = current?.locale;
        if (current?.idempotencyKey === context.idempotencyKey) return { stop: done(current.locale, true) };
        const next: UserPreferenceDoc = {
          ...current,
          id: userPreferenceDocId(aadObjectId),
          tenantId,
          type: 'userPreference',
          aadObjectId,
          locale: parsed.data.language,
          idempotencyKey: context.idempotencyKey,
          updatedAt: context.now.toISOString(),
        };
        return { write: next, result: (written) => done(written.locale) };
      },
      replace: (next, etag) => preferences.save(next, etag),
      create: (next) => preferences.save(next, undefined),
      deadline: context.deadline,
    });
    this.chosen.forget({ tenantId, aadObjectId });
    await audit(outcome, before, parsed.data.language);
    return outcome;
  }
}
