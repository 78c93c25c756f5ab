import type { DayLine, ProcessData, ResolvedStage, StageContent } from './types.ts';

export const GRACE_STAGE_ID = 'grace';

/** The grace stage follows the stage that ends on the due date (day 0). */
const endsOnDueDate = (stage: { to: number | null }) => stage.to === 0;

/**
 * Applies the lender's grace days to a process's day line.
 *
 * Preconditions: `process.stages` passes findCoverageProblems (contiguous, one stage
 * ends on day 0) and 0 ≤ graceDays ≤ process.grace.max. With graceDays > 0 a grace
 * stage covers days 1…graceDays; stages that began inside it start the day after,
 * and a stage left empty is dropped. The result is contiguous, in authored order.
 */
export function resolveStages(process: DayLine, graceDays: number): ResolvedStage[] {
  const resolved: ResolvedStage[] = [];
  for (const stage of process.stages) {
    let from = stage.from ?? -Infinity;
    const to = stage.to ?? Infinity;
    if (graceDays > 0 && from >= 1 && from <= graceDays) from = graceDays + 1;
    if (from > to) continue;
    resolved.push({ id: stage.id, name: stage.name, from, to });
    if (graceDays > 0 && endsOnDueDate(stage)) {
      resolved.push({ id: GRACE_STAGE_ID, name: process.grace.stage.name, from: 1, to: graceDays });
    }
  }
  return resolved;
}

/** One row of the static timeline: an authored stage, or the grace row (`grace: true`). */
export interface TimelineRow {
  id: string;
  from: number | null;
  to: number | null;
  grace: boolean;
  content: StageContent;
}

/**
 * The rows the static timeline shows, in the order the widget resolves them: every
 * authored stage with its authored bounds, and the grace row right after the stage
 * that ends on the due date (its length depends on the contract, so it has no bounds).
 */
export function timelineRows(process: ProcessData): TimelineRow[] {
  return process.stages.flatMap((stage) => {
    const row: TimelineRow = { id: stage.id, from: stage.from, to: stage.to, grace: false, content: stage };
    if (!endsOnDueDate(stage)) return [row];
    return [row, { id: GRACE_STAGE_ID, from: null, to: null, grace: true, content: process.grace.stage }];
  });
}
