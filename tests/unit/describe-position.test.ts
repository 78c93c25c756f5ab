import { describe, expect, it } from 'vitest';
import { compactProcess, expandProcess } from '@/calculator/compact-process';
import { computePosition } from '@/calculator/compute-position';
import {
  describeLimitation,
  describeLimitationReminder,
  describeAmountChecks,
  describeDates,
  describeHeadline,
  describeMilestone,
  milestoneTitle,
} from '@/calculator/describe-position';
import type { CalcResult } from '@/calculator/types';
import { fixtureProcess } from '../fixtures/process';

const TODAY = '2026-11-29';
const at = (input: Parameters<typeof computePosition>[1]): CalcResult => {
  const outcome = computePosition(expandProcess(compactProcess(fixtureProcess)), input);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join(' '));
  return outcome.result;
};

describe('the sentences the widget and the calendar share', () => {
  it('heads the answer with the reader’s own day and the stage in plain words, the term once in brackets', () => {
    const result = at({ today: TODAY, daysOverdue: 45 });
    expect(describeHeadline(result, { name: 'M2 升级催收', plainName: '催收升级阶段', jargon: '业内叫 M2' })).toBe('逾期第45天：催收升级阶段（业内叫 M2）');
    expect(describeHeadline(at({ today: TODAY, daysOverdue: 0 }), { name: '还款日当天' })).toBe('今天是应还款日：还款日当天');
    expect(describeHeadline(at({ today: TODAY, dueDate: '2026-12-04' }), { name: '还款日前' })).toBe('距离应还款日还有5天：还款日前');
  });

  it('says the dates under the headline, in Beijing time, with the stage range', () => {
    expect(describeDates(at({ today: TODAY, daysOverdue: 15 }))).toBe('应还款日2026年11月14日；本阶段：逾期1–30天。计算按北京时间，今天是2026年11月29日。');
  });

  it('answers the amount the reader entered, met or not met', () => {
    const note = { id: 'n', text: '说明', sources: ['x'], minAmount: 50000, amountMet: '已达到这一条', amountNotMet: '没有达到这一条' };
    expect(describeAmountChecks([note], 60000)).toEqual(['已达到这一条']);
    expect(describeAmountChecks([note], 3000)).toEqual(['没有达到这一条']);
    expect(describeAmountChecks([note], undefined)).toEqual([]);
    expect(describeAmountChecks([{ ...note, minAmount: undefined }], 60000)).toEqual([]);
  });

  it('lists a milestone with its date, days left and first day', () => {
    const [next] = at({ today: TODAY, daysOverdue: 15 }).milestones;
    expect(describeMilestone(next!)).toBe('2026年12月15日（还有16天）：进入“第二段”（逾期第31天起）');
    expect(milestoneTitle(next!)).toBe('逾期第31天：进入“第二段”');
  });

  it('flags the three-year point as a hint to check, never as an expired debt', () => {
    const ahead = at({ today: TODAY, daysOverdue: 15 }).limitation;
    const past = at({ today: TODAY, daysOverdue: 1200 }).limitation;
    expect(describeLimitation(ahead)).toMatch(/^三年诉讼时效的提示点：2029年11月14日（自应还款日起算）/);
    expect(describeLimitation(past)).toMatch(/已满三年。这不等于债务已经“过期”/);
    expect(describeLimitation(past)).toContain('咨询律师');
    for (const text of [describeLimitation(ahead), describeLimitation(past), describeLimitationReminder(past)]) {
      expect(text).not.toMatch(/已过期|不用还|无需偿还/);
      expect(text).toContain('中断、重新计算');
    }
  });
});
