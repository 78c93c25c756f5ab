import { formatDateZh } from '../../utils/format-date-zh.ts';
import { weekdayOf } from './classify-day.ts';
import type { DayKind, DeadlineResult, DocumentKind, Period } from './types.ts';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** 2026-12-16 → 2026年12月16日（星期三） */
export function formatDayWithWeekday(iso: string): string {
  return `${formatDateZh(iso)}（${WEEKDAYS[weekdayOf(iso)]}）`;
}

/** 15 day → 15日; 6 month → 6个月; 2 year → 2年 */
export function formatPeriod(period: Period): string {
  return `${period.count}${period.unit === 'day' ? '日' : period.unit === 'month' ? '个月' : '年'}`;
}

const FROM: Record<DocumentKind['from'], string> = {
  receipt: '收到（送达）之日',
  effective: '发生法律效力之日',
  'performance-end': '履行期间最后一日',
};

/** “自收到（送达）之日起15日内” */
export function formatPeriodRule(kind: DocumentKind): string {
  return `自${FROM[kind.from]}起${formatPeriod(kind.period)}内`;
}

function reasonText(reason: DayKind): string {
  if (reason.kind === 'holiday') return `${reason.name}放假`;
  if (reason.kind === 'weekend') return '周末';
  return '工作日';
}

/** How the last day was reached, in one or two plain sentences. */
export function describeCounting(result: DeadlineResult): string {
  const first = `${formatDateZh(result.startDate)}当天不算，从第二天算起，${formatPeriod(result.kind.period)}的最后一天是${formatDayWithWeekday(result.nominalLastDay)}`;
  if (result.skipped.length === 0) return `${first}，是工作日，期限就到这一天。`;
  const reasons = [...new Set(result.skipped.map((s) => reasonText(s.reason)))].join('、');
  return `${first}，这天是${reasons}，所以顺延到假期后的第一个工作日${formatDayWithWeekday(result.lastDay)}。`;
}
