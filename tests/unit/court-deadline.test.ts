import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, buildDeadlineIcs, buildHolidayCalendar, classifyDay, computeCourtDeadline, isRestDay, weekdayOf } from '@/calculator/court-deadline';
import { addDays, daysBetween, todayInShanghai } from '@/calculator/shanghai-date';
import { loadDocumentKinds, loadHolidayYears } from '../helpers/load-tool-data';

const years = loadHolidayYears();
const kinds = loadDocumentKinds();
const calendar = buildHolidayCalendar(years);
const kind = (id: string) => kinds.find((k) => k.id === id)!;
const run = (kindId: string, date: string, today = '2026-12-01') => computeCourtDeadline(kinds, calendar, { kindId, date, today });
const lastDay = (kindId: string, date: string, today?: string) => {
  const out = run(kindId, date, today);
  if (!out.ok) throw new Error(out.errors.map((e) => e.message).join());
  return out.result;
};

describe('the data', () => {
  it('holds the 2024–2026 arrangements with the numbers of days the notices give', () => {
    expect(calendar.years).toEqual([2024, 2025, 2026]);
    const y2026 = years.find((y) => y.year === 2026)!;
    const length = (name: string) => {
      const h = y2026.holidays.find((x) => x.name === name)!;
      return daysBetween(h.off.from, h.off.to) + 1;
    };
    // 通知原文：春节共9天，劳动节共5天，国庆节共7天，元旦共3天。
    expect([length('春节'), length('劳动节'), length('国庆节'), length('元旦')]).toEqual([9, 5, 7, 3]);
  });

  it('every document kind cites the Civil Procedure Law with an article number', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(6);
    for (const k of kinds) {
      expect(k.source).toBe('civil-procedure-law');
      expect(k.article).toMatch(/^第\d+条/);
    }
    expect(kind('payment-order')).toMatchObject({ period: { count: 15, unit: 'day' }, article: '第227条' });
    expect(kind('complaint').period).toEqual({ count: 15, unit: 'day' });
    expect(kind('first-instance-judgment').period).toEqual({ count: 15, unit: 'day' });
    expect(kind('first-instance-ruling').period).toEqual({ count: 10, unit: 'day' });
    expect(kind('enforcement-application').period).toEqual({ count: 2, unit: 'year' });
  });
});

describe('counting the days', () => {
  it('does not count the day of receipt', () => {
    // 2026-12-01 (Tue) + 15 days = 2026-12-16, a Wednesday.
    expect(lastDay('payment-order', '2026-12-01')).toMatchObject({ nominalLastDay: '2026-12-16', lastDay: '2026-12-16', skipped: [] });
  });

  it('moves a last day on a weekend to the Monday', () => {
    // 2026-11-21 + 15 = 2026-12-06, a Sunday → Monday 7 December.
    const r = lastDay('complaint', '2026-11-21');
    expect(r.nominalLastDay).toBe('2026-12-06');
    expect(r.lastDay).toBe('2026-12-07');
    expect(r.skipped.map((s) => s.reason.kind)).toEqual(['weekend']);
  });

  it('moves past a whole public holiday, weekends inside it included', () => {
    // 2026-09-18 + 15 = 2026-10-03, inside 国庆节 (1–7 October) → 8 October.
    const r = lastDay('first-instance-judgment', '2026-09-18', '2026-09-20');
    expect(r.lastDay).toBe('2026-10-08');
    expect(r.skipped.map((s) => s.date)).toEqual(['2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
  });

  it('treats a weekend made a working day (调休) as a working day', () => {
    // 2026-02-18 + 10 = 2026-02-28, a Saturday the notice made a working day.
    const r = lastDay('first-instance-ruling', '2026-02-18', '2026-02-19');
    expect(classifyDay('2026-02-28', calendar)).toEqual({ kind: 'adjusted-workday' });
    expect(r).toMatchObject({ nominalLastDay: '2026-02-28', lastDay: '2026-02-28', skipped: [] });
  });

  it('crosses month ends and leap days', () => {
    expect(lastDay('first-instance-ruling', '2024-02-20', '2024-02-21').nominalLastDay).toBe('2024-03-01');
    expect(lastDay('first-instance-ruling', '2025-02-20', '2025-02-21').nominalLastDay).toBe('2025-03-02');
    expect(lastDay('payment-order', '2024-02-14', '2024-02-15').nominalLastDay).toBe('2024-02-29');
    expect(lastDay('payment-order', '2025-12-20', '2025-12-21').nominalLastDay).toBe('2026-01-04');
    // 4 January 2026 is a Sunday the notice made a working day: no move.
    expect(lastDay('payment-order', '2025-12-20', '2025-12-21').lastDay).toBe('2026-01-04');
  });

  it('counts months and years to the same day, or the month’s last day when it has none', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(lastDay('enforcement-application', '2024-02-29', '2024-03-01').nominalLastDay).toBe('2026-02-28');
  });

  it('says which years were counted by weekends only', () => {
    const r = lastDay('payment-order', '2026-12-25', '2026-12-26');
    expect(r.nominalLastDay).toBe('2027-01-09');
    expect(r.yearsWithoutData).toEqual([2027]);
    expect(lastDay('payment-order', '2026-12-01').yearsWithoutData).toEqual([]);
  });

  it('sets the reminder on a working day before the last day, and none once it is too late', () => {
    const r = lastDay('payment-order', '2026-12-01');
    expect(r.reminderDate).toBe('2026-12-11');
    expect(isRestDay(r.reminderDate!, calendar)).toBe(false);
    expect(lastDay('payment-order', '2026-11-17', '2026-12-01').reminderDate).toBeNull();
  });
});

describe('properties', () => {
  const isoIn = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));

  it('runs in the time zone this project was configured with', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it('the last day is never a rest day, never before the nominal day, and every day skipped was a rest day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds.filter((k) => k.from !== 'performance-end')), isoIn('2024-01-01', 1060), (k, date) => {
        const out = computeCourtDeadline(kinds, calendar, { kindId: k.id, date, today: '2026-12-01' });
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        const r = out.result;
        expect(isRestDay(r.lastDay, calendar)).toBe(false);
        expect(daysBetween(r.nominalLastDay, r.lastDay)).toBe(r.skipped.length);
        r.skipped.forEach((s, i) => {
          expect(s.date).toBe(addDays(r.nominalLastDay, i));
          expect(isRestDay(s.date, calendar)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('every official day off and every 调休 working day in the data is classified as the notice says', () => {
    for (const y of years) {
      for (const h of y.holidays) {
        for (let d = h.off.from; d <= h.off.to; d = addDays(d, 1)) expect(classifyDay(d, calendar)).toEqual({ kind: 'holiday', name: h.name });
        for (const w of h.work) {
          expect([0, 6]).toContain(weekdayOf(w));
          expect(isRestDay(w, calendar)).toBe(false);
          // A period whose nominal end is a 调休 working day ends on it.
          const out = computeCourtDeadline(kinds, calendar, { kindId: 'payment-order', date: addDays(w, -15), today: addDays(w, -15) });
          expect(out.ok && out.result.lastDay).toBe(w);
        }
      }
    }
  });

  it('a period ending inside a holiday ends on the first day after it that is not a rest day', () => {
    for (const y of years) {
      for (const h of y.holidays) {
        const out = computeCourtDeadline(kinds, calendar, { kindId: 'payment-order', date: addDays(h.off.from, -15), today: addDays(h.off.from, -15) });
        expect(out.ok).toBe(true);
        if (!out.ok) continue;
        expect(out.result.lastDay > h.off.to).toBe(true);
        for (let d = addDays(h.off.to, 1); d < out.result.lastDay; d = addDays(d, 1)) expect(isRestDay(d, calendar)).toBe(true);
      }
    }
  });

  it('the weekday comes from the date alone, whatever the device’s time zone', () => {
    fc.assert(
      fc.property(isoIn('1990-01-01', 20000), (d) => {
        expect(weekdayOf(d)).toBe(new Date(`${d}T12:00:00Z`).getUTCDay());
      }),
      { numRuns: 300 },
    );
  });

  it('today is read in Shanghai: the same instant gives the same deadline in every zone', () => {
    // 2026-11-30T16:30Z is already 1 December in Shanghai.
    const today = todayInShanghai(new Date('2026-11-30T16:30:00Z'));
    expect(today).toBe('2026-12-01');
    expect(run('payment-order', today, today).ok).toBe(true);
  });
});

describe('bad input', () => {
  it('answers every mistake in Chinese, naming the field', () => {
    const cases: Array<[string | null, string | null, string, string]> = [
      [null, '2026-12-01', 'kind', '请先选择'],
      ['no-such-kind', '2026-12-01', 'kind', '没有这种文书'],
      ['payment-order', '', 'date', '请填写收到支付令的日期'],
      ['payment-order', '12月1日', 'date', '年-月-日'],
      ['payment-order', '2026-02-30', 'date', '不存在'],
      ['payment-order', '2026-12-02', 'date', '不能晚于今天'],
      ['payment-order', '1990-01-01', 'date', '20年以前'],
      ['payment-order', `2026-12-01${'x'.repeat(60)}`, 'date', '年-月-日'],
    ];
    for (const [kindId, date, field, text] of cases) {
      const out = computeCourtDeadline(kinds, calendar, { kindId, date, today: '2026-12-01' });
      expect(out.ok).toBe(false);
      if (out.ok) continue;
      expect(out.errors.some((e) => e.field === field && e.message.includes(text))).toBe(true);
    }
  });
});

describe('calendar file', () => {
  it('has the last day as an all-day event and a reminder before it', () => {
    const r = lastDay('payment-order', '2026-12-01');
    const ics = buildDeadlineIcs(r, { pageUrl: 'https://example.org/tools/court-deadlines/', stamp: '20261201T000000Z' });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261216');
    expect(ics).toContain('BEGIN:VALARM');
    // Reminder on 11 December at 09:00: five days before, minus 15 hours from midnight.
    expect(ics).toContain('TRIGGER:-P4DT15H');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});
