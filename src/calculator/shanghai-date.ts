/**
 * Calendar-day arithmetic in China's time zone. Days are counted as whole calendar
 * days between ISO dates, so the device's own zone and DST never matter.
 */

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const MS_PER_DAY = 86_400_000;

/** Today's date in Shanghai for the given instant, as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  const parts = dayFormatter.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: 'unparseable' | 'impossible' };

/**
 * Parses a reader-typed date. Accepts 2026-10-08, 2026/10/8, 2026.10.8 and 2026年10月8日.
 * Rejects text that is not a date and dates that do not exist (2026-02-30).
 */
export function parseDate(text: string): ParsedDate {
  const match = /^\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!match) return { ok: false, reason: 'unparseable' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, reason: 'impossible' };
  const probe = utcDate(year, month - 1, day);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, iso: formatIso(year, month, day) };
}

/** A UTC midnight Date; unlike Date.UTC, years 0–99 are not shifted into the 1900s. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function formatIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for a valid ISO date. */
export function toEpochDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** ISO date for a day count since 1970-01-01. */
export function fromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The ISO date `days` calendar days after `iso`. */
export function addDays(iso: string, days: number): string {
  return fromEpochDay(toEpochDay(iso) + days);
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const lastDay = utcDate(target, m, 0).getUTCDate();
  return formatIso(target, m, Math.min(d, lastDay));
}
