import { buildCalendar } from '../build-calendar.ts';
import { daysBetween } from '../shanghai-date.ts';
import type { DeadlineResult } from './types.ts';

/**
 * A calendar file with the last day to act and a reminder on `reminderDate` (a working
 * day a few days before). `stamp` is the creation time in UTC (YYYYMMDDTHHMMSSZ), passed in
 * to keep the output deterministic.
 */
export function buildDeadlineIcs(result: DeadlineResult, options: { pageUrl: string; stamp: string }): string {
  const { kind } = result;
  return buildCalendar(
    [
      {
        uid: `court-${kind.id}-${result.startDate.replace(/-/g, '')}`,
        date: result.lastDay,
        summary: `最后一天：${kind.action.split('，')[0]}（${kind.name}）`,
        description: `${kind.dateLabel}：${result.startDate}。要做的事：${kind.action}。依据：民事诉讼法${kind.article}。邮寄的，在这一天结束前交邮就不算过期。详情：${options.pageUrl}`,
        alarmDaysBefore: result.reminderDate ? [daysBetween(result.reminderDate, result.lastDay)] : [],
      },
    ],
    { product: 'court-deadlines', stamp: options.stamp },
  );
}
