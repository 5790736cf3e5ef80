import type { MarketingContactDoc, UserDoc } from '../domain/documents';
import { spokenLocaleOf, type Locale } from '../domain/locale';
import { holdersOf, NOTIFICATIONS_PERMISSION, requiredRolesFor } from '../domain/permissions';
import type { NotificationEvent, TenantState } from './dueEvents';

export interface Delivery {
  recipient: string;
  locale: Locale;
}

/** Everyone an event goes to, once each, in their own language: the one they chose, else as `localeOf` finds it. */
export function deliveriesFor(event: NotificationEvent, state: TenantState): Delivery[] {
  const byId = new Map(state.roster.map((user) => [user.aadObjectId, user]));
  const recipients = new Set<string>();
  if (event.audience.admins) {
    for (const admin of holdersOf(state.roster, requiredRolesFor(NOTIFICATIONS_PERMISSION))) recipients.add(admin.aadObjectId);
  }
  if (event.audience.marketingContact && state.marketingContact) recipients.add(state.marketingContact.aadObjectId);
  for (const person of event.audience.people) recipients.add(person);
  return [...recipients].map((recipient) => ({
    recipient,
    locale: state.chosenLocales?.get(recipient) ?? localeOf(recipient, byId.get(recipient), state.marketingContact, state.profile.defaultLocale),
  }));
}

/** The marketing contact's preferred language where we speak it, else the roster's locale, else the company's. */
export function localeOf(
  recipient: string,
  user: UserDoc | undefined,
  marketingContact: MarketingContactDoc | undefined,
  companyDefault: Locale,
): Locale {
  const preferred = marketingContact?.aadObjectId === recipient ? spokenLocaleOf(marketingContact.preferredLanguage) : undefined;
  return preferred ?? user?.locale ?? companyDefault;
}
