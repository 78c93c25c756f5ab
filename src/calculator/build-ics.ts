import { buildCalendar, type CalendarEvent } from './build-calendar';
import type { CalcResult } from './types';

const compact = (iso: string) => iso.replace(/-/g, '');

/**
 * An iCalendar file with one all-day event per upcoming milestone, plus the
 * three-year limitation reminder when it is still ahead. `stamp` is the creation
 * time in UTC (YYYYMMDDTHHMMSSZ); passing it keeps the output deterministic.
 */
export function buildIcs(result: CalcResult, options: { processName: string; pageUrl: string; stamp: string }): string {
  const events: CalendarEvent[] = result.milestones.map((m) => ({
    uid: `${result.processId}-${compact(result.dueDate)}-${m.stageId}`,
    date: m.date,
    summary: `逾期第${m.day}天：进入“${m.name}”`,
    description: `${options.processName}｜应还款日 ${result.dueDate}。阶段划分是一般情况，以合同和机构通知为准。详情：${options.pageUrl}`,
  }));
  if (!result.limitation.reached) {
    events.push({
      uid: `${result.processId}-${compact(result.limitation.countedFrom)}-limitation`,
      date: result.limitation.threeYearsOn,
      summary: '三年诉讼时效提示点（请咨询律师）',
      description: `自 ${result.limitation.countedFrom} 起满三年。期间如有催收、承诺或部分还款，时效会中断并重新计算（民法典第188、195条）；这不代表债务已经“过期”。`,
    });
  }
  return buildCalendar(events, { product: 'where-am-i', stamp: options.stamp });
}
