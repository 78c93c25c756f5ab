import { buildCalendar, type CalendarEvent } from './build-calendar.ts';
import { describeLimitationReminder, LIMITATION_REMINDER_TITLE, milestoneTitle } from './describe-position.ts';
import type { CalcResult } from './types.ts';

// The RFC 5545 helpers live with the generic calendar builder; re-exported for existing callers.
export { escapeText, fold } from './build-calendar.ts';

const compact = (iso: string) => iso.replace(/-/g, '');

/** Each milestone reminds three days ahead (time to call the lender) and at 09:00 on the day. */
const ALARM_DAYS_BEFORE = [3, 0];

/**
 * An iCalendar file with one all-day event per upcoming milestone, plus the
 * three-year limitation reminder when it is still ahead. `stamp` is the creation
 * time in UTC (YYYYMMDDTHHMMSSZ); passing it keeps the output deterministic.
 */
export function buildIcs(result: CalcResult, options: { processName: string; pageUrl: string; stamp: string }): string {
  const events: CalendarEvent[] = result.milestones.map((m) => ({
    uid: `${result.processId}-${compact(result.dueDate)}-${m.stageId}`,
    date: m.date,
    summary: milestoneTitle(m),
    description: `${options.processName}｜应还款日${result.dueDate}。阶段划分是一般情况，以合同和机构通知为准。详情：${options.pageUrl}`,
    alarmDaysBefore: ALARM_DAYS_BEFORE,
  }));
  if (!result.limitation.reached) {
    events.push({
      uid: `${result.processId}-${compact(result.limitation.countedFrom)}-limitation`,
      date: result.limitation.threeYearsOn,
      summary: LIMITATION_REMINDER_TITLE,
      description: describeLimitationReminder(result.limitation),
      alarmDaysBefore: ALARM_DAYS_BEFORE,
    });
  }
  return buildCalendar(events, { product: 'where-am-i', stamp: options.stamp });
}
