/**
 * The stage calculator: pure functions shared by the static timeline, the widget
 * script, the calculator page and the tests. Nothing here touches the DOM or Astro.
 */
export * from './types.ts';
export { computePosition, type CalcInput } from './compute-position.ts';
export { resolveStages, GRACE_STAGE_ID } from './resolve-stages.ts';
export { findCoverageProblems, type StageBounds } from './find-coverage-problems.ts';
export { todayInShanghai, parseDate, addDays, addYears, daysBetween, CHINA_TIME_ZONE } from './shanghai-date.ts';
export { readUrlState, writeUrlState, type UrlState } from './read-url-state.ts';
export { buildIcs } from './build-ics.ts';
export { formatDayRange } from './format-day-range.ts';
export { LIMITS } from './limits.ts';
