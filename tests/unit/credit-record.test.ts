import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCreditRecord } from '@/calculator/credit-record';
import { addDays, daysBetween, todayInShanghai } from '@/calculator/shanghai-date';

const today = '2026-12-01';

describe('credit record', () => {
  it('is shown until five years after the day the debt was repaid', () => {
    const out = computeCreditRecord({ today, status: 'repaid', endDate: '2024-03-15' });
    expect(out).toEqual({
      ok: true,
      result: { status: 'repaid', today, endDate: '2024-03-15', clearsOn: '2029-03-15', daysLeft: daysBetween(today, '2029-03-15'), cleared: false },
    });
  });

  it('a record ended on 29 February clears on 28 February five years on', () => {
    const out = computeCreditRecord({ today, status: 'repaid', endDate: '2024-02-29' });
    expect(out.ok && out.result.status === 'repaid' && out.result.clearsOn).toBe('2029-02-28');
  });

  it('says a record older than five years has passed its retention period', () => {
    const out = computeCreditRecord({ today, status: 'repaid', endDate: '2021-12-01' });
    expect(out.ok && out.result.status === 'repaid' && out.result.cleared).toBe(true);
  });

  it('does not start the clock for an unpaid debt', () => {
    expect(computeCreditRecord({ today, status: 'unpaid', endDate: '2020-01-01' })).toEqual({ ok: true, result: { status: 'unpaid', today } });
  });

  it('rejects bad input in Chinese', () => {
    const msg = (input: Parameters<typeof computeCreditRecord>[0]) => {
      const out = computeCreditRecord(input);
      return out.ok ? '' : out.errors[0]!.message;
    };
    expect(msg({ today, status: null, endDate: '2024-01-01' })).toContain('请先选择');
    expect(msg({ today, status: 'repaid', endDate: '' })).toContain('请填写');
    expect(msg({ today, status: 'repaid', endDate: '去年' })).toContain('年-月-日');
    expect(msg({ today, status: 'repaid', endDate: '2023-02-29' })).toContain('不存在');
    expect(msg({ today, status: 'repaid', endDate: '2026-12-02' })).toContain('不能晚于今天');
    expect(msg({ today, status: 'repaid', endDate: '1990-05-01' })).toContain('20年以前');
  });

  it('property: the record clears five calendar years on, 1826 or 1827 days later, whatever the zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7000 }), (back) => {
        const endDate = addDays(today, -back);
        const out = computeCreditRecord({ today, status: 'repaid', endDate });
        expect(out.ok).toBe(true);
        if (!out.ok || out.result.status !== 'repaid') return;
        const span = daysBetween(endDate, out.result.clearsOn);
        expect(span === 1826 || span === 1827 || (endDate.endsWith('02-29') && span === 1826)).toBe(true);
        expect(out.result.clearsOn.slice(5)).toBe(endDate.endsWith('02-29') ? '02-28' : endDate.slice(5));
        expect(out.result.cleared).toBe(out.result.daysLeft <= 0);
      }),
      { numRuns: 300 },
    );
    expect(todayInShanghai(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });
});
