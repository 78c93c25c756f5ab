/**
 * The stage calculator: pure functions shared by the static timeline, the widget
 * script, the calculator page and the tests. Nothing here touches the DOM or Astro.
 */
export * from './types';
export { computePosition, type CalcInput } from './compute-position';
export { resolveStages, GRACE_STAGE_ID } from './resolve-stages';
export { findCoverageProblems, type StageBounds } from './find-coverage-problems';
export { todayInShanghai, parseDate, addDays, addYears, daysBetween, CHINA_TIME_ZONE } from './shanghai-date';
export { readUrlState, writeUrlState, type UrlState } from './read-url-state';
export { buildIcs } from './build-ics';
export { formatDayRange } from './format-day-range';
export { LIMITS } from './limits';
