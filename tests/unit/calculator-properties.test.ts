import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, computePosition, todayInShanghai } from '@/calculator';
import { fixtureProcesses } from '../fixtures/process';

/** Properties of the logic, on the made-up processes (any process must have them). */
const processes = fixtureProcesses;
const isoDay = fc.integer({ min: 0, max: 60_000 }).map((n) => new Date(Date.UTC(1980, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('calculator properties', () => {
  it('runs in the time zone this project was configured with', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it('days derived from a due date equal the same days given directly', () => {
    fc.assert(
      fc.property(fc.constantFrom(...processes), isoDay, fc.integer({ min: 0, max: 7300 }), fc.integer({ min: 0, max: 15 }), (process, today, days, grace) => {
        const viaDate = computePosition(process, { today, dueDate: addDays(today, -days), graceDays: Math.min(grace, process.grace.max) });
        const direct = computePosition(process, { today, daysOverdue: days, graceDays: Math.min(grace, process.grace.max) });
        expect(viaDate.ok && direct.ok).toBe(true);
        if (viaDate.ok && direct.ok) {
          expect(viaDate.result.daysOverdue).toBe(days);
          expect(viaDate.result.stage.id).toBe(direct.result.stage.id);
          expect(viaDate.result.milestones).toEqual(direct.result.milestones);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('milestones are always after today, sorted, and dated consistently', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...processes),
        isoDay,
        fc.integer({ min: -366, max: 7300 }),
        fc.integer({ min: 0, max: 15 }),
        (process, today, days, grace) => {
          const outcome = computePosition(process, { today, dueDate: addDays(today, -days), graceDays: Math.min(grace, process.grace.max) });
          if (!outcome.ok) throw new Error(outcome.errors[0]!.message);
          let previous = today;
          for (const m of outcome.result.milestones) {
            expect(m.date > previous).toBe(true);
            expect(m.daysRemaining).toBeGreaterThan(0);
            expect(addDays(today, m.daysRemaining)).toBe(m.date);
            previous = m.date;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and never produces NaN, whatever the reader types', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constant(''), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(...processes), anyText, anyText, anyText, anyText, anyText, (process, due, days, grace, amount, contact) => {
        const outcome = computePosition(process, { today: '2026-11-29', dueDate: due, daysOverdue: days, graceDays: grace, amount, lastContactDate: contact });
        expect(JSON.stringify(outcome)).not.toMatch(/NaN|undefined/);
        if (!outcome.ok) for (const e of outcome.errors) expect(e.message.length).toBeGreaterThan(4);
      }),
      { numRuns: 1000 },
    );
  });

  it('todayInShanghai is the Shanghai calendar date of any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }), (instant) => {
        // China has used UTC+8 with no daylight saving since September 1991 (tzdata: last DST 1991-04-14…09-15).
        const shifted = new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(todayInShanghai(instant)).toBe(shifted);
      }),
    );
  });
});
