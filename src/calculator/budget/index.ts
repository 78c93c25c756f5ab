/** “每月能还多少”: pure functions shared by the page, its script and the tests. Money in integer fen. */
export * from './types';
export { computeBudget, ESSENTIAL_LABELS, MAX_DEBTS } from './compute-budget';
export { parseYuanToFen } from '../parse-yuan-to-fen';
export { formatFen } from '../format-fen';
export { apportion } from './apportion';
export { allocateOffers } from './allocate-offers';
export { buildStatement, type Statement } from './build-statement';
export { writeBudgetFile, readBudgetFile, BUDGET_FILE_FORMAT, type ReadBudgetFile } from './read-budget-file';
