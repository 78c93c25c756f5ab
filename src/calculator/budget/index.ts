/** “每月能还多少”: pure functions shared by the page, its script and the tests. Money in integer fen. */
export * from './types.ts';
export { computeBudget, ESSENTIAL_LABELS, MAX_DEBTS } from './compute-budget.ts';
export { parseYuanToFen } from '../parse-yuan-to-fen.ts';
export { formatFen } from '../format-fen.ts';
export { apportion } from './apportion.ts';
export { allocateOffers } from './allocate-offers.ts';
export { buildStatement, type Statement } from './build-statement.ts';
export { writeBudgetFile, readBudgetFile, BUDGET_FILE_FORMAT, type ReadBudgetFile } from './read-budget-file.ts';
