import { addDays, daysBetween } from '../shanghai-date.ts';
import type { HolidayCalendar, HolidayYear } from './types.ts';

/** Flattens the authored holiday years into lookup tables. */
export function buildHolidayCalendar(years: HolidayYear[]): HolidayCalendar {
  const off: Record<string, string> = {};
  const work: string[] = [];
  for (const year of years) {
    for (const h of year.holidays) {
      const length = daysBetween(h.off.from, h.off.to);
      for (let i = 0; i <= length; i++) off[addDays(h.off.from, i)] = h.name;
      work.push(...h.work);
    }
  }
  return { years: years.map((y) => y.year).sort((a, b) => a - b), off, work: [...new Set(work)].sort() };
}
