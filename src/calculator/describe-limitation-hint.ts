import { formatDateZh } from '@/utils/format-date-zh';
import type { LimitationHint } from './types';

/** The reader-facing sentence for a limitation hint; the same words wherever the hint appears. */
export function describeLimitationHint(lim: LimitationHint): string {
  const from = lim.basis === 'last-contact' ? '你填写的最后一次联系' : '应还款日';
  return lim.reached
    ? `自${from}（${formatDateZh(lim.countedFrom)}）起已满三年。这不等于债务已经“过期”：期间只要有催收、你的承诺或部分还款，诉讼时效就会中断、重新计算；还款或签字前请先咨询律师。分期借款的时效从最后一期到期日起算，实际起算点可能更晚。`
    : `三年诉讼时效的提示点：${formatDateZh(lim.threeYearsOn)}（自${lim.basis === 'last-contact' ? '最后一次联系' : '应还款日'}起算）。期间有催收、承诺或部分还款，会重新计算；分期借款从最后一期到期日起算，实际起算点可能更晚。这只是提示，不是结论。`;
}
