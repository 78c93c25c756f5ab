import { addDays, addYears } from '../shanghai-date.ts';
import type { Period } from './types.ts';

/** Same day `months` later; when that month is shorter, its last day (31 August + 6 months = 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const probe = new Date(0);
  probe.setUTCFullYear(year, month, 0);
  const day = Math.min(d, probe.getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The nominal last day of a period that starts on `start`. The start day itself is not
 * counted (民事诉讼法第85条第2款), so a 15-day period from 1 December ends on 16 December.
 */
export function addPeriod(start: string, period: Period): string {
  if (period.unit === 'day') return addDays(start, period.count);
  if (period.unit === 'month') return addMonths(start, period.count);
  return addYears(start, period.count);
}
