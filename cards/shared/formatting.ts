import { Cache, FOREVER } from '../../bot/domain/cache';
import type { Locale, Translate } from '../../bot/i18n';
import type { PartnerCenterRole } from '../../bot/domain/roles';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (`2026-11-21`) as the reader writes dates; dates are UTC days throughout the rule book. */
export function formatDate(isoDate: string, locale: Locale): string {
  const key = `${locale} ${isoDate.slice(0, 10)}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    formatted = dateFormatFor(locale).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
    formattedDates.set(key, formatted);
  }
  return formatted;
}

/** Cards show the same few dates over and over (expiries, renewals), and formatting one costs more than looking it up. */
const formattedDates = new Cache<string>({ name: 'dates.formatted', ttlMs: FOREVER, maxEntries: 5_000 });

// Building a date format is costly next to using one, and cards format many dates per turn.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormatFor(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

export function formatList(items: readonly string[], t: Translate): string {
  return items.length === 0 ? t('help.nobody') : items.join(t('roles.separator'));
}

/** "Global admin or MPN partner admin": any one of the roles will do. */
export function formatRoles(roles: readonly PartnerCenterRole[], t: Translate): string {
  return roles.map((role) => t(`roles.${role}`)).join(t('roles.or'));
}

/** Values for a message: role ids become role names, lists are joined, calendar dates are written out. */
export function formatParams(
  params: Record<string, string | number | string[] | undefined>,
  t: Translate,
  locale: Locale,
): Record<string, string | number> {
  const formatted: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (name === 'requiredRoles' && Array.isArray(value)) formatted[name] = formatRoles(value as PartnerCenterRole[], t);
    else if (Array.isArray(value)) formatted[name] = formatList(value, t);
    else if (typeof value === 'string' && ISO_DATE.test(value)) formatted[name] = formatDate(value, locale);
    else formatted[name] = value;
  }
  return formatted;
}
