import { z } from 'zod';

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

const MS_PER_DAY = 86_400_000;

function instantOf(value: Date | string): Date {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a valid date or instant: ${String(value)}`);
  return instant;
}

/**
 * Rules count days in UTC calendar days, so every server and every user's time zone gives the same answer.
 * Day numbers are days since 1970-01-01 (UTC).
 */
export function utcDayNumber(value: Date | string): number {
  return Math.floor(instantOf(value).getTime() / MS_PER_DAY);
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function todayUtc(now: Date): string {
  return dateOfDayNumber(utcDayNumber(now));
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(utcDayNumber(date) + days);
}

export function daysFromTo(from: Date | string, to: Date | string): number {
  return utcDayNumber(to) - utcDayNumber(from);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** A yearly anniversary of 29 February falls on 28 February in common years: the date stays inside its month. */
export function anniversary(date: string, years: number): string {
  const start = instantOf(date);
  const year = start.getUTCFullYear() + years;
  const month = start.getUTCMonth();
  const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}
