import { describe, expect, it } from 'vitest';
import { courtDeadlineKindSchema } from '@/schemas/court-deadline';
import { debtSeveritySchema } from '@/schemas/debt-severity';
import { holidayYearSchema } from '@/schemas/holiday-year';

const messages = (r: { success: boolean; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('tool data schemas', () => {
  const year = { year: 2026, source: 'holiday-notice-2026', holidays: [{ name: '春节', off: { from: '2026-02-15', to: '2026-02-23' }, work: ['2026-02-14'] }] };

  it('accepts a holiday year as the notices give it', () => {
    expect(holidayYearSchema.safeParse(year).success).toBe(true);
  });

  it('names the field of a holiday-year mistake', () => {
    const bad = (h: object, over: object = {}) => messages(holidayYearSchema.safeParse({ ...year, ...over, holidays: [{ ...year.holidays[0], ...h }] }));
    expect(bad({ work: ['2026-02-16'] }).join()).toMatch(/holidays\.0\.work\.0: .*不是周六或周日/);
    expect(bad({ off: { from: '2026-02-30', to: '2026-02-23' } }).join()).toContain('不存在');
    expect(bad({ off: { from: new Date('2026-02-15'), to: '2026-02-23' } }).join()).toContain('请加引号');
    expect(bad({ off: { from: '2025-02-15', to: '2026-02-23' } }).join()).toContain('不在 2026 年');
    expect(bad({}, { source: 'no-such-source' }).join()).toContain('未知的依据 id');
  });

  it('rejects a document kind without an article number and a debt reason longer than one line', () => {
    const kind = {
      id: 'x',
      order: 1,
      name: '支付令',
      dateLabel: '收到支付令的日期',
      from: 'receipt',
      period: { count: 15, unit: 'day' },
      action: '提出书面异议',
      explain: '这是一段足够长的说明文字。',
      source: 'civil-procedure-law',
      article: '227',
    };
    expect(messages(courtDeadlineKindSchema.safeParse(kind)).join()).toContain('article');
    expect(messages(courtDeadlineKindSchema.safeParse({ ...kind, article: '第227条', template: 'no-such-template' })).join()).toContain('模板不存在');
    const debt = { id: 'private', name: '个人借款', tier: 4, secured: false, reason: '长'.repeat(121), sources: ['civil-code'], article: '第25条' };
    expect(messages(debtSeveritySchema.safeParse(debt)).join()).toContain('一句话');
  });
});
