/** “收到法律文书，最晚哪天要行动”: pure functions shared by the page, its script and the tests. */
export * from './types';
export { buildHolidayCalendar } from './build-holiday-calendar';
export { classifyDay, isRestDay, weekdayOf } from './classify-day';
export { addPeriod, addMonths } from './add-period';
export { computeCourtDeadline, REMINDER_DAYS_BEFORE, type DeadlineInput } from './compute-court-deadline';
export { buildDeadlineIcs } from './build-deadline-ics';
export { formatDayWithWeekday, formatPeriod, formatPeriodRule, describeCounting } from './describe-deadline';
