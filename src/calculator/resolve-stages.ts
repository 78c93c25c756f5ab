import type { ProcessData, ResolvedStage } from './types';

export const GRACE_STAGE_ID = 'grace';

/**
 * Applies the lender's grace days to a process's day line.
 *
 * Preconditions: `process.stages` passes findCoverageProblems (contiguous, one stage
 * ends on day 0) and 0 ≤ graceDays ≤ process.grace.max. With graceDays > 0 a grace
 * stage covers days 1…graceDays; stages that began inside it start the day after,
 * and a stage left empty is dropped. The result is contiguous, in authored order.
 */
export function resolveStages(process: ProcessData, graceDays: number): ResolvedStage[] {
  const resolved: ResolvedStage[] = [];
  for (const stage of process.stages) {
    let from = stage.from ?? -Infinity;
    const to = stage.to ?? Infinity;
    if (graceDays > 0 && from >= 1 && from <= graceDays) from = graceDays + 1;
    if (from > to) continue;
    resolved.push({ id: stage.id, from, to, content: stage });
    if (graceDays > 0 && to === 0) {
      resolved.push({ id: GRACE_STAGE_ID, from: 1, to: graceDays, content: process.grace.stage });
    }
  }
  return resolved;
}
