import { toEpochDay } from '../shanghai-date.ts';
import type { DayKind, HolidayCalendar } from './types.ts';

/** 0 = Sunday … 6 = Saturday, from the calendar date alone (1970-01-01 was a Thursday). */
export function weekdayOf(iso: string): number {
  return (((toEpochDay(iso) + 4) % 7) + 7) % 7;
}

/**
 * Whether a date is a working day in mainland China: an official day off, a weekend,
 * a weekend day the State Council made a working day (调休), or an ordinary working day.
 * For a year missing from the calendar only weekends count as rest days.
 */
export function classifyDay(iso: string, calendar: HolidayCalendar): DayKind {
  const name = calendar.off[iso];
  if (name !== undefined) return { kind: 'holiday', name };
  const weekend = weekdayOf(iso) === 0 || weekdayOf(iso) === 6;
  if (weekend && calendar.work.includes(iso)) return { kind: 'adjusted-workday' };
  return weekend ? { kind: 'weekend' } : { kind: 'workday' };
}

/** True for days on which a period cannot end (法定休假日: weekends not made working days, and official days off). */
export function isRestDay(iso: string, calendar: HolidayCalendar): boolean {
  const k = classifyDay(iso, calendar).kind;
  return k === 'holiday' || k === 'weekend';
}
