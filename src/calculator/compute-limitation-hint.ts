import { addYears, daysBetween } from './shanghai-date.ts';
import type { LimitationHint } from './types.ts';

/**
 * The three-year limitation hint (民法典 art. 188) counted from `countedFrom`.
 * Shared by the stage calculator and the court-deadline tool; a flag to check, never a verdict.
 */
export function computeLimitationHint(countedFrom: string, basis: LimitationHint['basis'], today: string): LimitationHint {
  const threeYearsOn = addYears(countedFrom, 3);
  const remaining = daysBetween(today, threeYearsOn);
  return { countedFrom, basis, threeYearsOn, reached: remaining <= 0, daysRemaining: Math.max(0, remaining) };
}
