import { expect } from 'vitest';
import type { ResolvedStage } from '@/calculator/types';

/** Every day from `first` to `last` falls in exactly one resolved stage, and the stages come in order. */
export function expectEveryDayInOneStage(stages: ResolvedStage[], first: number, last: number): void {
  let previousIndex = -1;
  for (let day = first; day <= last; day++) {
    const matches = stages.filter((s) => day >= s.from && day <= s.to);
    expect(matches, `day ${day}`).toHaveLength(1);
    const index = stages.indexOf(matches[0]!);
    expect(index, `stage order at day ${day}`).toBeGreaterThanOrEqual(previousIndex);
    previousIndex = index;
  }
}
