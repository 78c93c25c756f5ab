/** “收到法律文书，最晚哪天要行动”: pure functions shared by the page, its script and the tests. */
export * from './types.ts';
export { buildHolidayCalendar } from './build-holiday-calendar.ts';
export { classifyDay, isRestDay, weekdayOf } from './classify-day.ts';
export { addPeriod, addMonths } from './add-period.ts';
export { computeCourtDeadline, REMINDER_DAYS_BEFORE, type DeadlineInput } from './compute-court-deadline.ts';
export { buildDeadlineIcs } from './build-deadline-ics.ts';
export { formatDayWithWeekday, formatPeriod, formatPeriodRule, describeCounting } from './describe-deadline.ts';
