import { LIMITS } from './limits.ts';
import { parseNumber } from './parse-number.ts';
import { resolveStages } from './resolve-stages.ts';
import { computeLimitationHint } from './compute-limitation-hint.ts';
import { addDays, daysBetween, parseDate } from './shanghai-date.ts';
import type { CalcError, CalcOutcome, DayLine, Milestone, ResolvedStage } from './types.ts';

/** What the reader gave us. Raw strings are fine: everything is validated here. */
export interface CalcInput {
  /** Today in Asia/Shanghai, YYYY-MM-DD (use todayInShanghai). */
  today: string;
  /** 应还款日. Takes precedence over daysOverdue when both are present. */
  dueDate?: string | null;
  /** 逾期天数, when the due date is not known. */
  daysOverdue?: string | number | null;
  /** Lender's grace days; default is the process's default (0). 以合同为准. */
  graceDays?: string | number | null;
  /** Amount owed in yuan, optional. */
  amount?: string | number | null;
  /** Date of the last payment, promise or collection contact, for the limitation hint. */
  lastContactDate?: string | null;
}

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function tooLong(v: unknown): boolean {
  return typeof v === 'string' && v.length > LIMITS.maxInputLength;
}

/**
 * Where a reader stands in a collection process.
 *
 * Precondition: `process` passed the content schema (contiguous stages) and
 * `input.today` is a valid ISO date. Never throws and never returns NaN: every
 * problem with the input comes back as a CalcError with a Chinese message.
 */
export function computePosition(process: DayLine, input: CalcInput): CalcOutcome {
  const errors: CalcError[] = [];
  const { today } = input;

  let graceDays = process.grace.default;
  if (!blank(input.graceDays)) {
    const g = tooLong(input.graceDays) ? Number.NaN : parseNumber(input.graceDays!, '天');
    if (!Number.isInteger(g) || g < 0 || g > process.grace.max) {
      errors.push({
        code: 'grace-out-of-range',
        field: 'grace',
        message: `宽限期请填0到${process.grace.max}之间的整数天数（以合同为准；不清楚就填0）。`,
      });
    } else graceDays = g;
  }

  let daysOverdue: number | undefined;
  let dueDate: string | undefined;
  if (!blank(input.dueDate)) {
    const parsed = tooLong(input.dueDate) ? ({ ok: false, reason: 'unparseable' } as const) : parseDate(String(input.dueDate));
    if (!parsed.ok) {
      errors.push(
        parsed.reason === 'impossible'
          ? { code: 'impossible-date', field: 'due', message: '这个应还款日不存在（比如2月没有30日），请检查月份和日期。' }
          : { code: 'unparseable-date', field: 'due', message: '应还款日请按“年-月-日”填写，例如2026-10-08。' },
      );
    } else {
      const d = daysBetween(parsed.iso, today);
      if (d < -LIMITS.maxDaysAhead) {
        errors.push({ code: 'due-date-too-far-ahead', field: 'due', message: '应还款日在一年以后，请检查年份是否填错。' });
      } else if (d > LIMITS.maxDaysOverdue) {
        errors.push({ code: 'due-date-too-old', field: 'due', message: '应还款日在20年以前，超出了本工具的计算范围，请检查年份。' });
      } else {
        dueDate = parsed.iso;
        daysOverdue = d;
      }
    }
  } else if (!blank(input.daysOverdue)) {
    const n = tooLong(input.daysOverdue) ? Number.NaN : parseNumber(input.daysOverdue!, '天');
    if (!Number.isFinite(n) || !Number.isInteger(n)) {
      errors.push({ code: 'days-not-integer', field: 'days', message: '逾期天数请填整数，例如15。' });
    } else if (n < 0) {
      errors.push({ code: 'days-negative', field: 'days', message: '逾期天数不能是负数。还没到还款日的话，请改填应还款日。' });
    } else if (n > LIMITS.maxDaysOverdue) {
      errors.push({ code: 'days-too-large', field: 'days', message: `逾期天数最多填${LIMITS.maxDaysOverdue}天（20年），请检查是否多输了数字。` });
    } else {
      daysOverdue = n;
      dueDate = addDays(today, -n);
    }
  } else {
    errors.push({ code: 'missing-input', field: 'days', message: '请填逾期天数或应还款日（二选一）。' });
  }

  let amount: number | undefined;
  if (!blank(input.amount)) {
    const a = tooLong(input.amount) ? Number.NaN : parseNumber(input.amount!, '元');
    if (Number.isNaN(a) || !Number.isFinite(a) || a > LIMITS.maxAmount) {
      errors.push({ code: 'amount-invalid', field: 'amount', message: '欠款金额请填数字，单位是元，例如12000。' });
    } else if (a < 0) {
      errors.push({ code: 'amount-negative', field: 'amount', message: '欠款金额不能是负数。' });
    } else amount = a;
  }

  let lastContact: string | undefined;
  if (!blank(input.lastContactDate)) {
    const parsed = tooLong(input.lastContactDate) ? ({ ok: false, reason: 'unparseable' } as const) : parseDate(String(input.lastContactDate));
    if (!parsed.ok) {
      errors.push({
        code: 'contact-date-invalid',
        field: 'contact',
        message: '最后一次还款、承诺或催收联系的日期请按“年-月-日”填写，并确认日期存在。',
      });
    } else if (daysBetween(today, parsed.iso) > 0) {
      errors.push({ code: 'contact-in-future', field: 'contact', message: '最后一次联系的日期不能晚于今天。' });
    } else if (dueDate && daysBetween(dueDate, parsed.iso) < 0) {
      errors.push({ code: 'contact-before-due', field: 'contact', message: '最后一次联系的日期不能早于应还款日；早于应还款日的，留空即可。' });
    } else lastContact = parsed.iso;
  }

  if (errors.length > 0 || daysOverdue === undefined || dueDate === undefined) {
    return { ok: false, errors };
  }

  const stages = resolveStages(process, graceDays);
  const index = stages.findIndex((s) => daysOverdue! >= s.from && daysOverdue! <= s.to);
  const stage = stages[index] as ResolvedStage;
  const milestones: Milestone[] = stages.slice(index + 1).map((s) => ({
    stageId: s.id,
    name: s.name,
    day: s.from,
    date: addDays(dueDate!, s.from),
    daysRemaining: s.from - daysOverdue!,
  }));

  const limitation = computeLimitationHint(lastContact ?? dueDate, lastContact ? 'last-contact' : 'due-date', today);

  return {
    ok: true,
    result: {
      processId: process.id,
      today,
      dueDate,
      daysOverdue,
      graceDays,
      amount,
      stage,
      milestones,
      notes: process.notes.filter(
        (n) => (n.minAmount === undefined || (amount !== undefined && amount >= n.minAmount)) && (n.minDay === undefined || daysOverdue! >= n.minDay),
      ),
      limitation,
    },
  };
}
