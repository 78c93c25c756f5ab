/** Types of the court-deadline tool. No DOM, no Astro. */

/** One year's official arrangement: days off (ranges, both ends included) and weekend days made working days. */
export interface HolidayYear {
  year: number;
  source: string;
  holidays: Array<{ name: string; off: { from: string; to: string }; work: string[] }>;
}

/** Lookup tables built once from the holiday years. Plain data, so pages can embed it as JSON. */
export interface HolidayCalendar {
  /** Years whose arrangement is in the data. */
  years: number[];
  /** Official day off → the holiday's name. */
  off: Record<string, string>;
  /** Weekend days the notice made working days (调休上班). */
  work: string[];
}

export type DayKind = { kind: 'holiday'; name: string } | { kind: 'weekend' } | { kind: 'adjusted-workday' } | { kind: 'workday' };

/** A period unit as the Civil Procedure Law counts it. */
export interface Period {
  count: number;
  unit: 'day' | 'month' | 'year';
}

/** A kind of court paper and the period its arrival (or effect) starts. */
export interface DocumentKind {
  id: string;
  /** Position in lists; the commonest papers first. */
  order: number;
  name: string;
  dateLabel: string;
  from: 'receipt' | 'effective' | 'performance-end';
  period: Period;
  action: string;
  explain: string;
  source: string;
  article: string;
  /** A fill-in template for this step, by id (/templates/<id>/). */
  template?: string;
}

/** A day the period's end was moved past, and why. */
export interface SkippedDay {
  date: string;
  reason: DayKind;
}

export interface DeadlineResult {
  kind: DocumentKind;
  /** The date the reader gave (receipt, effective date or last day of performance). */
  startDate: string;
  /** start + period, before any move for a rest day. */
  nominalLastDay: string;
  /** The last day to act, after moving past weekends and holidays. */
  lastDay: string;
  /** The rest days between nominalLastDay and lastDay (nominalLastDay included when it is one). */
  skipped: SkippedDay[];
  /** Years touched by the count whose official arrangement the data lacks: counted by weekends only. */
  yearsWithoutData: number[];
  today: string;
  /** Days from today to lastDay; negative once it has passed. */
  daysLeft: number;
  /** The suggested reminder date (a working day a few days before), or null when none is ahead. */
  reminderDate: string | null;
}

export interface DeadlineError {
  code: 'missing-kind' | 'unknown-kind' | 'missing-date' | 'unparseable-date' | 'impossible-date' | 'date-in-future' | 'date-too-old';
  field: 'kind' | 'date';
  message: string;
}

export type DeadlineOutcome = { ok: true; result: DeadlineResult } | { ok: false; errors: DeadlineError[] };
