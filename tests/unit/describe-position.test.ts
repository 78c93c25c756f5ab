import { describe, expect, it } from 'vitest';
import { compactProcess, expandProcess } from '@/calculator/compact-process';
import { computePosition } from '@/calculator/compute-position';
import { describeLimitation, describeLimitationReminder, describeMilestone, describePosition, milestoneTitle } from '@/calculator/describe-position';
import type { CalcResult } from '@/calculator/types';
import { fixtureProcess } from '../fixtures/process';

const TODAY = '2026-11-29';
const at = (input: Parameters<typeof computePosition>[1]): CalcResult => {
  const outcome = computePosition(expandProcess(compactProcess(fixtureProcess)), input);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join(' '));
  return outcome.result;
};

describe('the sentences the widget and the calendar share', () => {
  it('says where the reader is, in Beijing time, with the stage range', () => {
    expect(describePosition(at({ today: TODAY, daysOverdue: 15 }))).toBe(
      '逾期第15天（应还款日 2026年11月14日）；本阶段：逾期1–30天。计算按北京时间，今天是 2026年11月29日。',
    );
    expect(describePosition(at({ today: TODAY, daysOverdue: 0 }))).toMatch(/^今天是应还款日（2026年11月29日）/);
    expect(describePosition(at({ today: TODAY, dueDate: '2026-12-04' }))).toMatch(/^距离应还款日（2026年12月4日）还有5天/);
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
