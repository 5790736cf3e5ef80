import { tenantIdOf, type IncomingActivity } from '../domain/conversation';
import type { TenantDoc, UserDoc } from '../domain/documents';
import { answerLocale, type Locale } from '../domain/locale';

/** Where the caller's company and roster entry are looked up. */
export interface CallerLookups {
  getTenant(tenantId: string): Promise<TenantDoc | undefined>;
  getUser(tenantId: string, aadObjectId: string): Promise<UserDoc | undefined>;
}

/** Where the language a person chose is looked up. */
export interface ChosenLocales {
  chosenLocale(tenantId: string, aadObjectId: string): Promise<Locale | undefined>;
}

/** Who is speaking in this turn, as far as our records know them. */
export interface Caller {
  tenantId?: string;
  aadObjectId?: string;
  displayName?: string;
  /** The language to answer in. */
  locale: Locale;
  /** The language the person chose with the `language` command, if any. */
  chosenLocale?: Locale;
  /** Set when the words just typed were in this language only, which `locale` then is, for this turn. */
  typedLocale?: Locale;
  tenant?: TenantDoc;
  /** The roster entry; undefined when the person is not in the company's Partner Center user list. */
  user?: UserDoc;
}

export async function resolveCaller(
  activity: IncomingActivity,
  directory: CallerLookups,
  choices?: ChosenLocales,
): Promise<Caller> {
  const tenantId = tenantIdOf(activity);
  const aadObjectId = activity.from?.aadObjectId;
  const [tenant, user, chosenLocale] = await Promise.all([
    tenantId ? directory.getTenant(tenantId) : undefined,
    tenantId && aadObjectId ? directory.getUser(tenantId, aadObjectId) : undefined,
    tenantId && aadObjectId ? choices?.chosenLocale(tenantId, aadObjectId) : undefined,
  ]);
  const locale = answerLocale({
    chosen: chosenLocale,
    client: activity.locale,
    roster: user?.locale,
    company: tenant?.defaultLocale,
  });
  return { tenantId, aadObjectId, displayName: user?.displayName ?? activity.from?.name, locale, chosenLocale, tenant, user };
}
