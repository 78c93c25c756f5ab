import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  buildIcs,
  computePosition,
  daysBetween,
  formatDayRange,
  GRACE_STAGE_ID,
  LIMITS,
  parseDate,
  readUrlState,
  resolveStages,
  todayInShanghai,
  writeUrlState,
} from '@/calculator';
import { expectEveryDayInOneStage } from '../helpers/expect-day-line';
import { fixtureProcess, fixtureProcesses, shortStageProcess } from '../fixtures/process';

/**
 * The calculator's logic on small made-up processes (tests/fixtures/process.ts), so these
 * tests change only when the logic does. What the real processes promise readers is
 * tests/unit/content-contract.test.ts.
 */
const processes = fixtureProcesses;
const TODAY = '2026-11-29';

describe('stage boundaries', () => {
  const at = (days: number, grace = 0, process = fixtureProcess) => {
    const outcome = computePosition(process, { today: TODAY, daysOverdue: days, graceDays: grace });
    if (!outcome.ok) throw new Error(outcome.errors[0]!.message);
    return outcome.result.stage.id;
  };

  for (const process of processes) {
    for (let grace = 0; grace <= process.grace.max; grace++) {
      it(`${process.id}, grace ${grace}: every day from −60 to 400 is in exactly one stage, in order, open at both ends`, () => {
        const stages = resolveStages(process, grace);
        expectEveryDayInOneStage(stages, -60, 400);
        expect(stages[0]!.from).toBe(-Infinity);
        expect(stages.at(-1)!.to).toBe(Infinity);
      });
    }
  }

  it('puts each authored boundary on both sides into the right stage', () => {
    expect([at(0), at(1), at(30), at(31), at(90), at(91), at(5000)]).toEqual(['before', 'first', 'first', 'second', 'second', 'last', 'last']);
  });

  it('inserts the grace stage for days 1…grace and starts the next stage the day after', () => {
    expect(at(1, 3)).toBe(GRACE_STAGE_ID);
    expect(at(3, 3)).toBe(GRACE_STAGE_ID);
    expect(at(4, 3)).toBe('first');
    expect(at(0, 3)).toBe('before');
    expect(at(1, 0)).toBe('first');
  });

  it('drops a stage swallowed by a long grace period instead of inventing days', () => {
    expect(at(10, 10, shortStageProcess)).toBe(GRACE_STAGE_ID);
    expect(at(11, 10, shortStageProcess)).toBe('month');
    expect(resolveStages(shortStageProcess, 10).some((s) => s.id === 'early')).toBe(false);
    expect(resolveStages(shortStageProcess, 7).some((s) => s.id === 'early')).toBe(false);
    expect(resolveStages(shortStageProcess, 6).find((s) => s.id === 'early')).toMatchObject({ from: 7, to: 7 });
  });
});

describe('dates in Asia/Shanghai', () => {
  it('uses Shanghai’s date whatever the device zone', () => {
    // 23:30 in New York on 28 Nov is already 12:30 on 29 Nov in Shanghai.
    expect(todayInShanghai(new Date('2026-11-29T04:30:00Z'))).toBe('2026-11-29');
    expect(todayInShanghai(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(todayInShanghai(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  it('counts calendar days across month ends, leap days and years', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // a US DST change day
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addYears('2026-11-29', 3)).toBe('2029-11-29');
  });

  it('treats the due date as day 0', () => {
    const outcome = computePosition(shortStageProcess, { today: TODAY, dueDate: TODAY });
    expect(outcome.ok && outcome.result.daysOverdue).toBe(0);
    expect(outcome.ok && outcome.result.stage.id).toBe('due');
  });

  it('accepts the ways readers write dates and rejects the rest', () => {
    expect(parseDate('2026-10-08')).toEqual({ ok: true, iso: '2026-10-08' });
    expect(parseDate('2026/10/8')).toEqual({ ok: true, iso: '2026-10-08' });
    expect(parseDate('2026年10月8日')).toEqual({ ok: true, iso: '2026-10-08' });
    expect(parseDate('2026-02-30')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('2027-02-29')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('2028-02-29')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(parseDate('下周一')).toEqual({ ok: false, reason: 'unparseable' });
    expect(parseDate('0099-01-01')).toEqual({ ok: true, iso: '0099-01-01' });
  });
});

describe('result', () => {
  it('lists future milestones with dates and days remaining, sorted', () => {
    const outcome = computePosition(fixtureProcess, { today: TODAY, daysOverdue: '15' });
    if (!outcome.ok) throw new Error('expected a result');
    const { result } = outcome;
    expect(result.stage.id).toBe('first');
    expect(result.dueDate).toBe('2026-11-14');
    expect(result.milestones).toEqual([
      { stageId: 'second', name: '第二段', day: 31, date: '2026-12-15', daysRemaining: 16 },
      { stageId: 'last', name: '最后一段', day: 91, date: '2027-02-13', daysRemaining: 76 },
    ]);
  });

  it('flags three years from the due date, or from the last contact when given', () => {
    const fromDue = computePosition(fixtureProcess, { today: TODAY, daysOverdue: 1200 });
    if (!fromDue.ok) throw new Error('expected a result');
    expect(fromDue.result.stage.id).toBe('last');
    expect(fromDue.result.limitation.reached).toBe(true);
    const fromContact = computePosition(fixtureProcess, { today: TODAY, daysOverdue: 1200, lastContactDate: '2026-06-01' });
    if (!fromContact.ok) throw new Error('expected a result');
    expect(fromContact.result.limitation).toMatchObject({ basis: 'last-contact', countedFrom: '2026-06-01', threeYearsOn: '2029-06-01', reached: false });
  });

  it('shows a note only from its amount and from its day on', () => {
    const notes = (days: number, amount?: number) => {
      const outcome = computePosition(shortStageProcess, { today: TODAY, daysOverdue: days, amount });
      return outcome.ok ? outcome.result.notes.map((n) => n.id) : ['error'];
    };
    expect(notes(10, 50000)).toEqual(['big']);
    expect(notes(10, 49999)).toEqual([]);
    expect(notes(10)).toEqual([]);
    expect(notes(90)).toEqual([]);
    expect(notes(91, 60000)).toEqual(['big', 'late']);
  });
});

describe('bad input returns a typed Chinese error, never NaN or an exception', () => {
  const errorsFor = (input: Parameters<typeof computePosition>[1]) => {
    const outcome = computePosition(fixtureProcess, input);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return [];
    for (const e of outcome.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    return outcome.errors.map((e) => e.code);
  };

  it.each([
    [{ dueDate: 'abc' }, 'unparseable-date'],
    [{ dueDate: '2026-02-30' }, 'impossible-date'],
    [{ dueDate: '2030-01-01' }, 'due-date-too-far-ahead'],
    [{ dueDate: '1990-01-01' }, 'due-date-too-old'],
    [{ daysOverdue: '1.5' }, 'days-not-integer'],
    [{ daysOverdue: '<script>alert(1)</script>' }, 'days-not-integer'],
    [{ daysOverdue: '-3' }, 'days-negative'],
    [{ daysOverdue: '99999999999999999999' }, 'days-too-large'],
    [{ daysOverdue: String(LIMITS.maxDaysOverdue + 1) }, 'days-too-large'],
    [{ daysOverdue: 'x'.repeat(500) }, 'days-not-integer'],
    [{ daysOverdue: 5, graceDays: 99 }, 'grace-out-of-range'],
    [{ daysOverdue: 5, graceDays: fixtureProcess.grace.max + 1 }, 'grace-out-of-range'],
    [{ daysOverdue: 5, graceDays: '-1' }, 'grace-out-of-range'],
    [{ daysOverdue: 5, amount: '-100' }, 'amount-negative'],
    [{ daysOverdue: 5, amount: '一万' }, 'amount-invalid'],
    [{ daysOverdue: 5, lastContactDate: '2026-13-01' }, 'contact-date-invalid'],
    [{ dueDate: '2026-10-01', lastContactDate: '2026-09-01' }, 'contact-before-due'],
    [{ daysOverdue: 5, lastContactDate: '2027-01-01' }, 'contact-in-future'],
    [{}, 'missing-input'],
  ])('%o → %s', (input, code) => {
    expect(errorsFor({ today: TODAY, ...input })).toContain(code);
  });

  it('accepts full-width digits and units the way readers type them', () => {
    const outcome = computePosition(fixtureProcess, { today: TODAY, daysOverdue: '１５天', amount: '12,000元' });
    expect(outcome.ok && outcome.result.daysOverdue).toBe(15);
    expect(outcome.ok && outcome.result.amount).toBe(12000);
  });
});

describe('shareable URL state', () => {
  const ids = processes.map((p) => p.id);

  it('reads days, due date and process from the query string', () => {
    const { state, errors } = readUrlState(new URLSearchParams('days=15&process=short-stages'), ids, 'fixture');
    expect(errors).toEqual([]);
    expect(state).toEqual({ processId: 'short-stages', daysOverdue: '15' });
  });

  it('falls back to the default process and reports an unknown one', () => {
    const { state, errors } = readUrlState(new URLSearchParams('process=<img src=x>&due=2026-10-08'), ids, 'fixture');
    expect(state.processId).toBe('fixture');
    expect(errors.map((e) => e.code)).toEqual(['unknown-process']);
  });

  it('caps overlong values so nothing huge is echoed back', () => {
    const { state } = readUrlState(new URLSearchParams(`days=${'9'.repeat(10_000)}`), ids, 'fixture');
    expect(state.daysOverdue!.length).toBeLessThanOrEqual(LIMITS.maxInputLength + 1);
    const outcome = computePosition(fixtureProcess, { today: TODAY, daysOverdue: state.daysOverdue });
    expect(outcome.ok).toBe(false);
  });

  it('writes a compact, shareable query string', () => {
    expect(writeUrlState({ processId: 'fixture', daysOverdue: '15' }, 'fixture')).toBe('?days=15');
    expect(writeUrlState({ processId: 'short-stages', dueDate: '2026-10-08', daysOverdue: '5' }, 'fixture')).toBe('?due=2026-10-08&process=short-stages');
  });
});

describe('calendar file', () => {
  it('contains one all-day event per upcoming milestone plus the three-year reminder', () => {
    const outcome = computePosition(fixtureProcess, { today: TODAY, daysOverdue: 15 });
    if (!outcome.ok) throw new Error('expected a result');
    const ics = buildIcs(outcome.result, { processName: '消费贷', pageUrl: 'https://example.org/x', stamp: '20261129T000000Z' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(outcome.result.milestones.length + 1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261215');
    expect(ics).toContain('三年诉讼时效提示点');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('reminds before each milestone and on the day (VALARM inside every event)', () => {
    const outcome = computePosition(fixtureProcess, { today: TODAY, daysOverdue: 15 });
    if (!outcome.ok) throw new Error('expected a result');
    const ics = buildIcs(outcome.result, { processName: '消费贷', pageUrl: 'https://example.org/x', stamp: '20261129T000000Z' });
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(outcome.result.milestones.length + 1);
    for (const event of events) {
      const body = event.slice(0, event.indexOf('END:VEVENT'));
      expect(body.match(/BEGIN:VALARM/g)).toHaveLength(2);
      expect(body).toContain('TRIGGER:-P2DT15H');
      expect(body).toContain('TRIGGER:PT9H');
      expect(body).toContain('ACTION:DISPLAY');
    }
  });
});

describe('formatDayRange', () => {
  it('says ranges the way articles do', () => {
    expect(formatDayRange({ from: 31, to: 60 })).toBe('逾期31–60天');
    expect(formatDayRange({ from: 0, to: 0 })).toBe('还款日当天');
    expect(formatDayRange({ from: null, to: -1 })).toBe('还款日之前');
    expect(formatDayRange({ from: 1096, to: null })).toBe('逾期1096天及以上');
    expect(formatDayRange({ from: 7, to: 7 })).toBe('逾期第7天');
  });
});

describe('compact process data for the widget', () => {
  it('keeps everything the calculator needs, so positions are the same', async () => {
    const { compactProcess, expandProcess } = await import('@/calculator/compact-process');
    for (const process of processes) {
      const slim = expandProcess(JSON.parse(JSON.stringify(compactProcess(process))));
      for (const days of [-5, 0, 1, 3, 8, 31, 61, 91, 121, 181, 366, 1096, 4000]) {
        for (const grace of [0, 3]) {
          const a = computePosition(process, { today: TODAY, daysOverdue: Math.max(days, 0), graceDays: grace, amount: 60000 });
          const b = computePosition(slim, { today: TODAY, daysOverdue: Math.max(days, 0), graceDays: grace, amount: 60000 });
          if (!a.ok || !b.ok) throw new Error('expected results');
          expect(b.result.stage.id).toBe(a.result.stage.id);
          expect(b.result.stage.name).toBe(a.result.stage.name);
          expect(b.result.milestones).toEqual(a.result.milestones);
          expect(b.result.notes).toEqual(a.result.notes);
        }
      }
    }
  });
});
