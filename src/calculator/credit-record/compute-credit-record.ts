import { LIMITS } from '../limits.ts';
import { addYears, daysBetween, parseDate } from '../shanghai-date.ts';

/** 征信业管理条例第16条: adverse information is kept for five years from the day the conduct or event ended. */
export const RETENTION_YEARS = 5;

export interface CreditRecordInput {
  /** Today in Asia/Shanghai, YYYY-MM-DD. */
  today: string;
  /** 'repaid': the overdue debt was repaid in full (or the adverse event ended); 'unpaid': still owed. */
  status?: 'repaid' | 'unpaid' | string | null;
  /** The day the debt was repaid in full or the event ended. */
  endDate?: string | null;
}

export type CreditRecordResult =
  | { status: 'unpaid'; today: string }
  | {
      status: 'repaid';
      today: string;
      endDate: string;
      /** endDate + 5 years (29 February → 28 February). */
      clearsOn: string;
      /** Days from today to clearsOn; 0 or less once it has passed. */
      daysLeft: number;
      cleared: boolean;
    };

export interface CreditRecordError {
  code: 'missing-status' | 'missing-date' | 'unparseable-date' | 'impossible-date' | 'date-in-future' | 'date-too-old';
  field: 'status' | 'date';
  message: string;
}

export type CreditRecordOutcome = { ok: true; result: CreditRecordResult } | { ok: false; errors: CreditRecordError[] };

/** When a repaid overdue record stops being shown. An unpaid debt's clock has not started. Never throws. */
export function computeCreditRecord(input: CreditRecordInput): CreditRecordOutcome {
  if (input.status === 'unpaid') return { ok: true, result: { status: 'unpaid', today: input.today } };
  if (input.status !== 'repaid')
    return { ok: false, errors: [{ code: 'missing-status', field: 'status', message: '请先选择：这笔欠款已经还清了，还是还没还清。' }] };
  const text = (input.endDate ?? '').trim();
  if (!text) return { ok: false, errors: [{ code: 'missing-date', field: 'date', message: '请填写还清欠款（或不良事件结束）的日期。' }] };
  const parsed = text.length > LIMITS.maxInputLength ? ({ ok: false, reason: 'unparseable' } as const) : parseDate(text);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: [
        parsed.reason === 'impossible'
          ? { code: 'impossible-date', field: 'date', message: '这个日期不存在（比如2月没有30日），请检查月份和日期。' }
          : { code: 'unparseable-date', field: 'date', message: '日期请按“年-月-日”填写，例如2026-03-15。' },
      ],
    };
  }
  if (daysBetween(input.today, parsed.iso) > 0) {
    return { ok: false, errors: [{ code: 'date-in-future', field: 'date', message: '还清的日期不能晚于今天。还没还清的话，请选“还没还清”。' }] };
  }
  if (daysBetween(parsed.iso, input.today) > LIMITS.maxDaysOverdue) {
    return { ok: false, errors: [{ code: 'date-too-old', field: 'date', message: '这个日期在20年以前，请检查年份。' }] };
  }
  const clearsOn = addYears(parsed.iso, RETENTION_YEARS);
  const daysLeft = daysBetween(input.today, clearsOn);
  return { ok: true, result: { status: 'repaid', today: input.today, endDate: parsed.iso, clearsOn, daysLeft, cleared: daysLeft <= 0 } };
}
