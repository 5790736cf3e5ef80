import { tenantIdOf, type IncomingActivity } from '../domain/conversation';
import type { TenantDoc, UserDoc } from '../domain/documents';
import { resolveLocale, type Locale } from '../i18n';

/** Where the caller's company and roster entry are looked up. */
export interface CallerLookups {
  getTenant(tenantId: string): Promise<TenantDoc | undefined>;
  getUser(tenantId: string, aadObjectId: string): Promise<UserDoc | undefined>;
}

/** Who is speaking in this turn, as far as our records know them. */
export interface Caller {
  tenantId?: string;
  aadObjectId?: string;
  displayName?: string;
  locale: Locale;
  tenant?: TenantDoc;
  /** The roster entry; undefined when the person is not in the company's Partner Center user list. */
  user?: UserDoc;
}

export async function resolveCaller(activity: IncomingActivity, directory: CallerLookups): Promise<Caller> {
  const tenantId = tenantIdOf(activity);
  const aadObjectId = activity.from?.aadObjectId;
  const [tenant, user] = await Promise.all([
    tenantId ? directory.getTenant(tenantId) : undefined,
    tenantId && aadObjectId ? directory.getUser(tenantId, aadObjectId) : undefined,
  ]);
  const locale = activity.locale ? resolveLocale(activity.locale) : (user?.locale ?? tenant?.defaultLocale ?? 'en');
  return { tenantId, aadObjectId, displayName: user?.displayName ?? activity.from?.name, locale, tenant, user };
}
