import { describe, expect, it } from 'vitest';
import { computePosition, resolveStages } from '@/calculator';
import { compactProcess, expandProcess } from '@/calculator/compact-process';
import { expectEveryDayInOneStage } from '../helpers/expect-day-line';
import { loadProcesses } from '../helpers/load-processes';

/**
 * Content-contract tests: what the real processes in content/processes/ must promise
 * readers. They fail when an editor changes the content, never when the calculator's logic
 * changes (that is tests/unit/calculator.test.ts, on fixtures). Not date-sensitive: the
 * dates here are fixed, so they run in one time zone only.
 */
const processes = loadProcesses();
const byId = (id: string) => processes.find((p) => p.id === id)!;
const TODAY = '2026-11-29';
const stageAt = (days: number, processId = 'consumer-loan', grace = 0) => {
  const outcome = computePosition(byId(processId), { today: TODAY, daysOverdue: days, graceDays: grace });
  if (!outcome.ok) throw new Error(outcome.errors[0]!.message);
  return outcome.result.stage.id;
};

describe('the real processes', () => {
  it('include the consumer-loan and credit-card processes', () => {
    expect(processes.map((p) => p.id).sort()).toEqual(expect.arrayContaining(['consumer-loan', 'credit-card']));
  });

  for (const process of processes) {
    for (let grace = 0; grace <= process.grace.max; grace++) {
      it(`${process.id}, grace ${grace}: every day from −60 to 4,000 is in exactly one stage, in order`, () => {
        const stages = resolveStages(process, grace);
        expectEveryDayInOneStage(stages, -60, 4000);
      });
    }
  }

  it('put each authored boundary on both sides into the right stage', () => {
    for (const stage of byId('consumer-loan').stages) {
      if (stage.from !== null && stage.from >= 0) expect(stageAt(stage.from), `first day of ${stage.id}`).toBe(stage.id);
      if (stage.to !== null && stage.to >= 0) expect(stageAt(stage.to), `last day of ${stage.id}`).toBe(stage.id);
      if (stage.to !== null && stage.to >= 0) expect(stageAt(stage.to + 1)).not.toBe(stage.id);
    }
  });

  it('fill the 31–89 gap the source article left open', () => {
    for (let d = 31; d <= 89; d++) expect(['m2', 'm3']).toContain(stageAt(d));
  });

  it('give credit cards their own 90/120/180-day classes', () => {
    expect(stageAt(90, 'credit-card')).toBe('m3');
    expect(stageAt(91, 'credit-card')).toBe('npl');
    expect(stageAt(121, 'credit-card')).toBe('doubtful');
    expect(stageAt(181, 'credit-card')).toBe('late');
    expect(stageAt(91)).toBe('npl');
    expect(stageAt(121)).toBe('npl');
  });

  it('send readers past three years to a lawyer and never call the debt expired', () => {
    const outcome = computePosition(byId('consumer-loan'), { today: TODAY, daysOverdue: 1200 });
    if (!outcome.ok) throw new Error('expected a result');
    expect(outcome.result.stage.id).toBe('over-3y');
    const stage = byId('consumer-loan').stages.find((st) => st.id === outcome.result.stage.id)!;
    expect(stage.summary).toMatch(/律师/);
    for (const process of processes) expect(JSON.stringify(process)).not.toMatch(/已过期|已经过期|不用还|无需偿还/);
  });

  it('show the malicious-overdraft conditions only for cards at ¥50,000 or more', () => {
    const notes = (processId: string, amount: number) => {
      const outcome = computePosition(byId(processId), { today: TODAY, daysOverdue: 200, amount });
      return outcome.ok ? outcome.result.notes.map((n) => n.id) : [];
    };
    expect(notes('credit-card', 50000)).toContain('malicious-overdraft');
    expect(notes('credit-card', 49999)).not.toContain('malicious-overdraft');
    expect(notes('consumer-loan', 80000)).not.toContain('malicious-overdraft');
  });

  it('survive the trip to the widget: compact data gives the same positions', () => {
    for (const process of processes) {
      const slim = expandProcess(JSON.parse(JSON.stringify(compactProcess(process))));
      for (const days of [0, 1, 3, 8, 31, 61, 91, 121, 181, 366, 1096, 4000]) {
        const a = computePosition(process, { today: TODAY, daysOverdue: days, amount: 60000 });
        const b = computePosition(slim, { today: TODAY, daysOverdue: days, amount: 60000 });
        if (!a.ok || !b.ok) throw new Error('expected results');
        expect(b.result.stage).toEqual(a.result.stage);
        expect(b.result.notes).toEqual(a.result.notes);
      }
    }
  });
});
