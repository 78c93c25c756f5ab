import { LIMITS } from '../limits.ts';
import { parseYuanToFen } from '../parse-yuan-to-fen.ts';
import { solveMonthlyIrr } from './solve-monthly-irr.ts';

export const MAX_INSTALMENTS = 360;

export type LenderKind = 'private' | 'licensed' | 'unknown';

export interface AprInput {
  /** 实际到手金额 (after any fee deducted up front), yuan. */
  received: string;
  mode: 'equal' | 'list';
  /** Equal instalments: number of months and the amount each month. */
  count?: string;
  payment?: string;
  /** A list of monthly payments, one per line or separated by commas. */
  payments?: string;
  /** Fees charged every month on top of the instalment (服务费、会员费、担保费…), yuan per month. */
  monthlyFees?: string[];
  /** The rate the lender advertised, in percent: 日利率 / 月费率 (or 月利率). */
  advertisedKind?: 'daily' | 'monthly' | '';
  advertisedRate?: string;
  lenderKind?: LenderKind;
  /** 合同成立时的一年期LPR, percent, for the private-lending ceiling. */
  lpr?: string;
}

export interface Ceiling {
  id: 'private-lending-4x-lpr';
  /** Who the ceiling binds: “applies” is yes only when the reader says the lender is a private one. */
  applies: 'yes' | 'no' | 'unknown';
  /** 4 × LPR in percent, when the reader gave the LPR. */
  ceilingPercent: number | null;
  /** Whether the APR is above it; null without an LPR. */
  above: boolean | null;
}

export interface AprResult {
  receivedFen: number;
  instalmentsFen: number[];
  monthlyFeesFen: number;
  /** What is paid each month (instalment + fees). */
  paymentsFen: number[];
  totalPaidFen: number;
  /** Total paid − amount received. */
  totalCostFen: number;
  months: number;
  monthlyRate: number;
  /** Monthly IRR × 12, the usual “年化利率” (IRR method), as a fraction. */
  apr: number;
  /** (1 + monthly IRR)^12 − 1, with interest on interest, as a fraction. */
  effectiveAnnual: number;
  advertised: null | { kind: 'daily' | 'monthly'; ratePercent: number; naiveAnnualPercent: number };
  ceilings: Ceiling[];
}

export interface AprError {
  field: 'received' | 'count' | 'payment' | 'payments' | 'fees' | 'advertised' | 'lpr' | 'schedule';
  message: string;
}

export type AprOutcome = { ok: true; result: AprResult } | { ok: false; errors: AprError[] };

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

function parsePercent(raw: string): number {
  const text = raw.normalize('NFKC').trim().replace(/%$/, '');
  return raw.length <= LIMITS.maxInputLength && /^\d+(\.\d{1,6})?$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * What a loan really costs per year: the internal rate of return of the money actually
 * received against every payment and monthly fee, annualised. Never throws; bad input
 * comes back as Chinese messages naming the field.
 */
export function computeApr(input: AprInput): AprOutcome {
  const errors: AprError[] = [];
  const receivedFen = blank(input.received) ? Number.NaN : parseYuanToFen(input.received);
  if (blank(input.received)) errors.push({ field: 'received', message: '请填写实际到手的金额（元）。' });
  else if (Number.isNaN(receivedFen) || receivedFen === 0) errors.push({ field: 'received', message: '到手金额请填大于0的数字，单位是元，最多两位小数。' });

  let instalmentsFen: number[] = [];
  if (input.mode === 'equal') {
    const countText = (input.count ?? '')
      .normalize('NFKC')
      .trim()
      .replace(/[期个月]+$/, '');
    const count = /^\d{1,3}$/.test(countText) ? Number(countText) : Number.NaN;
    if (!(count >= 1 && count <= MAX_INSTALMENTS)) errors.push({ field: 'count', message: `期数请填1到${MAX_INSTALMENTS}之间的整数（按月还款）。` });
    const payFen = blank(input.payment) ? Number.NaN : parseYuanToFen(input.payment!);
    if (Number.isNaN(payFen) || payFen === 0) errors.push({ field: 'payment', message: '每期还款额请填大于0的数字，单位是元。' });
    if (count >= 1 && count <= MAX_INSTALMENTS && payFen > 0) instalmentsFen = Array.from({ length: count }, () => payFen);
  } else {
    const parts = (input.payments ?? '').split(/[\n,，;；、\s]+/).filter((p) => p.trim() !== '');
    if (parts.length === 0) errors.push({ field: 'payments', message: '请逐期填写还款额，每行一期，例如1000。' });
    else if (parts.length > MAX_INSTALMENTS) errors.push({ field: 'payments', message: `最多${MAX_INSTALMENTS}期。` });
    else {
      const fen = parts.map(parseYuanToFen);
      const bad = fen.findIndex((f) => Number.isNaN(f));
      if (bad >= 0) errors.push({ field: 'payments', message: `第${bad + 1}期的金额“${parts[bad]!.slice(0, 20)}”不是有效数字。` });
      else if (fen.every((f) => f === 0)) errors.push({ field: 'payments', message: '还款额不能全是0。' });
      else instalmentsFen = fen;
    }
  }

  let monthlyFeesFen = 0;
  for (const fee of input.monthlyFees ?? []) {
    if (blank(fee)) continue;
    const f = parseYuanToFen(fee);
    if (Number.isNaN(f)) errors.push({ field: 'fees', message: '每月费用请填数字，单位是元，例如50。没有就留空。' });
    else monthlyFeesFen += f;
  }

  let advertised: AprResult['advertised'] = null;
  if (input.advertisedKind && !blank(input.advertisedRate)) {
    const rate = parsePercent(input.advertisedRate!);
    if (Number.isNaN(rate) || rate <= 0 || rate > 100) errors.push({ field: 'advertised', message: '宣传的利率请填百分数里的数字，例如日息0.05% 填0.05。' });
    else advertised = { kind: input.advertisedKind, ratePercent: rate, naiveAnnualPercent: input.advertisedKind === 'daily' ? rate * 365 : rate * 12 };
  }

  let lpr: number | null = null;
  if (!blank(input.lpr)) {
    const v = parsePercent(input.lpr!);
    if (Number.isNaN(v) || v <= 0 || v > 20) errors.push({ field: 'lpr', message: 'LPR请填百分数里的数字，例如3.0。' });
    else lpr = v;
  }

  if (errors.length > 0) return { ok: false, errors };

  const paymentsFen = instalmentsFen.map((p) => p + monthlyFeesFen);
  const totalPaidFen = paymentsFen.reduce((a, b) => a + b, 0);
  const monthlyRate = solveMonthlyIrr(receivedFen, paymentsFen);
  if (monthlyRate === null) return { ok: false, errors: [{ field: 'schedule', message: '按这个还款计划算不出利率，请检查金额和期数。' }] };
  const apr = monthlyRate * 12;
  const ceilingPercent = lpr === null ? null : 4 * lpr;
  const kind = input.lenderKind ?? 'unknown';
  return {
    ok: true,
    result: {
      receivedFen,
      instalmentsFen,
      monthlyFeesFen,
      paymentsFen,
      totalPaidFen,
      totalCostFen: totalPaidFen - receivedFen,
      months: paymentsFen.length,
      monthlyRate,
      apr,
      effectiveAnnual: (1 + monthlyRate) ** 12 - 1,
      advertised,
      ceilings: [
        {
          id: 'private-lending-4x-lpr',
          applies: kind === 'private' ? 'yes' : kind === 'licensed' ? 'no' : 'unknown',
          ceilingPercent,
          above: ceilingPercent === null ? null : apr * 100 > ceilingPercent + 1e-9,
        },
      ],
    },
  };
}
