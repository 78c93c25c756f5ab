import { LIMITS } from '../limits.ts';
import { addDays, daysBetween, parseDate } from '../shanghai-date.ts';
import { addPeriod } from './add-period.ts';
import { classifyDay, isRestDay } from './classify-day.ts';
import type { DeadlineError, DeadlineOutcome, DocumentKind, HolidayCalendar, SkippedDay } from './types.ts';

export interface DeadlineInput {
  /** Today in Asia/Shanghai, YYYY-MM-DD. */
  today: string;
  kindId?: string | null;
  /** The date the reader received the paper (or the effective date / last day of performance). */
  date?: string | null;
}

/** How many days before the last day the calendar reminder should ring. */
export const REMINDER_DAYS_BEFORE = 3;

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/**
 * The last day to act on a court paper. The day of receipt is not counted; a last day
 * that falls on a weekend or an official day off moves to the next working day; weekend
 * days the State Council made working days count as working days (民事诉讼法第85条).
 * Never throws: every problem with the input comes back as a Chinese message.
 */
export function computeCourtDeadline(kinds: DocumentKind[], calendar: HolidayCalendar, input: DeadlineInput): DeadlineOutcome {
  const errors: DeadlineError[] = [];
  let kind: DocumentKind | undefined;
  if (blank(input.kindId)) errors.push({ code: 'missing-kind', field: 'kind', message: '请先选择你收到的是哪一种文书。' });
  else {
    kind = kinds.find((k) => k.id === input.kindId);
    if (!kind) errors.push({ code: 'unknown-kind', field: 'kind', message: '没有这种文书类型，请从列表里重新选择。' });
  }

  let start: string | undefined;
  const label = kind?.dateLabel ?? '日期';
  if (blank(input.date)) errors.push({ code: 'missing-date', field: 'date', message: `请填写${label}。` });
  else {
    const text = String(input.date);
    const parsed = text.length > LIMITS.maxInputLength ? ({ ok: false, reason: 'unparseable' } as const) : parseDate(text);
    if (!parsed.ok) {
      errors.push(
        parsed.reason === 'impossible'
          ? { code: 'impossible-date', field: 'date', message: '这个日期不存在（比如2月没有30日），请检查月份和日期。' }
          : { code: 'unparseable-date', field: 'date', message: '日期请按“年-月-日”填写，例如2026-12-01。' },
      );
    } else if (daysBetween(input.today, parsed.iso) > 0 && kind?.from !== 'performance-end') {
      errors.push({ code: 'date-in-future', field: 'date', message: `${label}不能晚于今天（按北京时间）。` });
    } else if (daysBetween(parsed.iso, input.today) > LIMITS.maxDaysOverdue) {
      errors.push({ code: 'date-too-old', field: 'date', message: '这个日期在20年以前，超出了本工具的计算范围，请检查年份。' });
    } else if (daysBetween(input.today, parsed.iso) > LIMITS.maxDaysAhead) {
      errors.push({ code: 'date-in-future', field: 'date', message: '这个日期在一年以后，请检查年份是否填错。' });
    } else start = parsed.iso;
  }

  if (errors.length > 0 || !kind || !start) return { ok: false, errors };

  const nominalLastDay = addPeriod(start, kind.period);
  const skipped: SkippedDay[] = [];
  let lastDay = nominalLastDay;
  while (isRestDay(lastDay, calendar)) {
    skipped.push({ date: lastDay, reason: classifyDay(lastDay, calendar) });
    lastDay = addDays(lastDay, 1);
  }

  // Which years' arrangements the answer depends on: the end day and every day it moved past.
  const touched = new Set([nominalLastDay, lastDay, ...skipped.map((s) => s.date)].map((d) => Number(d.slice(0, 4))));
  const yearsWithoutData = [...touched].filter((y) => !calendar.years.includes(y)).sort((a, b) => a - b);

  const daysLeft = daysBetween(input.today, lastDay);
  let reminder = addDays(lastDay, -REMINDER_DAYS_BEFORE);
  while (isRestDay(reminder, calendar) && daysBetween(reminder, lastDay) < 7) reminder = addDays(reminder, -1);
  const reminderDate = daysBetween(input.today, reminder) > 0 ? reminder : null;

  return { ok: true, result: { kind, startDate: start, nominalLastDay, lastDay, skipped, yearsWithoutData, today: input.today, daysLeft, reminderDate } };
}
