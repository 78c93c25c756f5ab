/**
 * Chinese sentences about a calculator result, shared by the widget's answer
 * (src/client/stage-widget/) and the calendar file (build-ics.ts) so the two never
 * word the same fact differently. Pure: no DOM, no Astro; unit-tested in two time zones.
 */
import { formatDateZh } from '../utils/format-date-zh.ts';
import { formatDayRange } from './format-day-range.ts';
import type { CalcResult, ConditionalNote, LimitationHint, Milestone } from './types.ts';

/** Interruption rule of the limitation period (民法典第195条), in one wording. */
const LIMITATION_RESTARTS = '期间只要有催收、你的承诺或部分还款，诉讼时效就会中断、重新计算';
const INSTALMENTS = '分期借款的时效从最后一期到期日起算，实际起算点可能更晚';
const NOT_EXPIRED = '这不等于债务已经“过期”';

/** Where the reader is, in the reader's own number: “逾期第45天”, “今天是应还款日”. */
export function describeDay(result: CalcResult): string {
  if (result.daysOverdue > 0) return `逾期第${result.daysOverdue}天`;
  if (result.daysOverdue === 0) return '今天是应还款日';
  return `距离应还款日还有${-result.daysOverdue}天`;
}

/** The answer's headline: “逾期第45天：催收升级阶段（业内叫 M2）”. */
export function describeHeadline(result: CalcResult, stage: { plainName?: string; jargon?: string; name: string }): string {
  const plain = stage.plainName ?? stage.name;
  return `${describeDay(result)}：${plain}${stage.jargon ? `（${stage.jargon}）` : ''}`;
}

/** The line under the headline: “应还款日 …；本阶段：逾期31–60天。计算按北京时间，今天是 …。” */
export function describeDates(result: CalcResult): string {
  return `应还款日${formatDateZh(result.dueDate)}；本阶段：${formatDayRange(result.stage)}。计算按北京时间，今天是${formatDateZh(result.today)}。`;
}

/**
 * What the reader's own amount means for each note with an amount condition: the met
 * or not-met sentence the note's author wrote. Empty when no amount was entered.
 */
export function describeAmountChecks(notes: readonly ConditionalNote[], amount: number | undefined): string[] {
  if (amount === undefined) return [];
  return notes.flatMap((n) => {
    if (n.minAmount === undefined) return [];
    const text = amount >= n.minAmount ? n.amountMet : n.amountNotMet;
    return text ? [text] : [];
  });
}

/** One upcoming milestone in the widget's list. */
export function describeMilestone(m: Milestone): string {
  return `${formatDateZh(m.date)}（还有${m.daysRemaining}天）：进入“${m.name}”（逾期第${m.day}天起）`;
}

/** A milestone as a calendar event title. */
export function milestoneTitle(m: Milestone): string {
  return `逾期第${m.day}天：进入“${m.name}”`;
}

/** Title of the limitation reminder in the calendar. */
export const LIMITATION_REMINDER_TITLE = '三年诉讼时效提示点（请咨询律师）';

/** The limitation hint under the widget's answer: a flag to check, never a conclusion. */
export function describeLimitation(lim: LimitationHint): string {
  if (lim.reached) {
    const from = lim.basis === 'last-contact' ? '你填写的最后一次联系' : '应还款日';
    return `自${from}（${formatDateZh(lim.countedFrom)}）起已满三年。${NOT_EXPIRED}：${LIMITATION_RESTARTS}；还款或签字前请先咨询律师。${INSTALMENTS}。`;
  }
  const from = lim.basis === 'last-contact' ? '最后一次联系' : '应还款日';
  return `三年诉讼时效的提示点：${formatDateZh(lim.threeYearsOn)}（自${from}起算）。${LIMITATION_RESTARTS}；${INSTALMENTS}。这只是提示，不是结论。`;
}

/** The limitation reminder's text in the calendar file. */
export function describeLimitationReminder(lim: LimitationHint): string {
  return `自${lim.countedFrom}起满三年。${LIMITATION_RESTARTS}（民法典第188、195条）；${NOT_EXPIRED}。`;
}
