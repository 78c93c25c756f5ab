/** “征信记录什么时候不再展示”: pure functions shared by the page, its script and the tests. */
export {
  computeCreditRecord,
  RETENTION_YEARS,
  type CreditRecordInput,
  type CreditRecordResult,
  type CreditRecordError,
  type CreditRecordOutcome,
} from './compute-credit-record.ts';
