import { z } from 'zod';
import { MARKETING_CONTACT_DOC_ID, type MarketingContactDoc, type UserDoc } from '../domain/documents';
import { MARKETING_LANGUAGES } from '../domain/marketingContact';
import { checkAlternateEmail } from '../domain/email';
import { normalizePhoneNumber } from '../domain/phone';
import { mayReceiveBenefits } from '../domain/recipient';
import { updateConditioned } from '../store/conditionedUpdate';
import type { Stored } from '../store/tenantDocuments';
import type { TenantRepository } from '../store/tenantRepository';
import { withoutEtag } from '../store/withoutEtag';
import type { ActionContext, KnownCaller } from './actionContext';
import { done, invalid, refused, type Outcome } from './outcome';
import { checkPermission, runAction, type ActionDependencies } from './runAction';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

export const MarketingContactInput = z
  .object({
    aadObjectId: z.string().trim().min(1).max(128),
    email: z.string().trim().min(1).max(254),
    phone: z.string().trim().min(1).max(40),
    preferredLanguage: z.enum(MARKETING_LANGUAGES),
  })
  .strict();
export type MarketingContactInput = z.infer<typeof MarketingContactInput>;

/** A contact that passed every rule: the phone number in E.164, the person from the roster. */
export interface CheckedContact {
  aadObjectId: string;
  email: string;
  phoneE164: string;
  preferredLanguage: string;
  person: UserDoc;
}

/** A marketing contact as stored: who changed it last, and with which activity (a redelivery changes nothing). */
export type StoredMarketingContact = Stored<MarketingContactDoc>;

export interface MarketingContactView {
  contact?: StoredMarketingContact;
  /** The contact's roster entry; undefined when the person has left the roster since. */
  person?: UserDoc;
  /** The people who can be the contact, by name. */
  roster: readonly UserDoc[];
}

export interface SavedContact {
  contact: MarketingContactDoc;
  person: UserDoc;
  /** True when there was a contact before, which this one replaced. */
  replaced: boolean;
}

type Dependencies = ActionDependencies & { tenants: TenantRepository };

/**
 * The company's marketing contact, who receives the follow-up on active go-to-market offers: a person from the
 * roster, an email that is not the Partner Center account email, a phone number and a preferred language.
 */
export class MarketingContacts {
  constructor(private readonly dependencies: Dependencies) {}

  /** The current contact and the people to choose from (Global admin or MPN partner admin). */
  async current(context: ActionContext): Promise<Outcome<MarketingContactView>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'manageGoToMarket');
    if (!permission.ok) return permission.outcome;
    const { tenantId } = permission.caller;
    const [contact, roster] = await Promise.all([
      this.dependencies.tenants.getMarketingContact(tenantId),
      this.dependencies.directory.roster(tenantId),
    ]);
    const person = contact && roster.find((user) => user.aadObjectId === contact.aadObjectId);
    return done({ contact, person, roster });
  }

  /** Checks what was entered against every rule without saving, for the summary the admin confirms. */
  async review(context: ActionContext, input: unknown): Promise<Outcome<CheckedContact>> {
    const permission = await checkPermission(this.dependencies.directory, context.caller, 'manageGoToMarket');
    if (!permission.ok) return permission.outcome;
    const parsed = MarketingContactInput.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return this.check(permission.caller, parsed.data);
  }

  /** Adds the contact, or replaces the one there is; the same rules as the review, checked again. */
  save(context: ActionContext, input: unknown): Promise<Outcome<SavedContact>> {
    const spec = { permission: 'manageGoToMarket' as const, name: AUDITED_ACTIONS.saveMarketingContact, schema: MarketingContactInput };
    return runAction(this.dependencies, context, spec, input, async (caller, request) => {
      const target = `marketingContact:${caller.tenantId}`;
      const checked = await this.check(caller, request);
      if (checked.kind !== 'done') return { outcome: checked, target, after: { input: request } };
      const { tenants } = this.dependencies;
      let before: MarketingContactDoc | undefined;
      const outcome = await updateConditioned<MarketingContactDoc, Outcome<SavedContact>>({
        read: () => tenants.getMarketingContact(caller.tenantId),
        decide: (current) => {
          before = current;
          if (current?.idempotencyKey === context.idempotencyKey) {
            return { stop: done({ contact: current, person: checked.value.person, replaced: false }, true) };
          }
          return {
            write: contactDocument(caller, checked.value, context),
            result: (written) => done({ contact: written, person: checked.value.person, replaced: current !== undefined }),
          };
        },
        replace: (next, etag) => tenants.saveMarketingContact(next, etag),
        create: (next) => tenants.saveMarketingContact(next, undefined),
        deadline: context.deadline,
      });
      const after = outcome.kind === 'done' ? withoutEtag(outcome.value.contact) : undefined;
      return { outcome, target, before: before && withoutEtag(before), after };
    });
  }

  private async check(caller: KnownCaller, request: MarketingContactInput): Promise<Outcome<CheckedContact>> {
    const person = await this.dependencies.directory.getUser(caller.tenantId, request.aadObjectId);
    if (!person) return refused('assigneeNotInRoster');
    if (!mayReceiveBenefits(person)) return refused('marketingContactCspOnly', { person: person.displayName });
    const email = checkAlternateEmail(request.email, caller.tenant.partnerCenterAccountEmail);
    if (email === 'invalid') return refused('marketingEmailInvalid', { email: request.email });
    if (email === 'sameAsAccount') return refused('marketingEmailSameAsAccount', { email: request.email });
    const phone = normalizePhoneNumber(request.phone);
    if (!phone.ok) {
      return refused(phone.problem === 'countryCodeMissing' ? 'marketingPhoneCountryCodeMissing' : 'marketingPhoneInvalid', {
        phone: request.phone,
      });
    }
    return done({
      aadObjectId: person.aadObjectId,
      email: request.email,
      phoneE164: phone.e164,
      preferredLanguage: request.preferredLanguage,
      person,
    });
  }
}

function contactDocument(caller: KnownCaller, checked: CheckedContact, context: ActionContext): MarketingContactDoc {
  return {
    id: MARKETING_CONTACT_DOC_ID,
    tenantId: caller.tenantId,
    type: 'marketingContact',
    aadObjectId: checked.aadObjectId,
    email: checked.email,
    phoneE164: checked.phoneE164,
    preferredLanguage: checked.preferredLanguage,
    idempotencyKey: context.idempotencyKey,
    updatedAt: context.now.toISOString(),
    updatedBy: caller.user.aadObjectId,
  };
}
