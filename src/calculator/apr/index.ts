/** “实际年化利率”: pure functions shared by the page, its script and the tests. */
export { computeApr, MAX_INSTALMENTS, type AprInput, type AprResult, type AprError, type AprOutcome, type Ceiling, type LenderKind } from './compute-apr.ts';
export { solveMonthlyIrr } from './solve-monthly-irr.ts';
