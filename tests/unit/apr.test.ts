import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeApr, solveMonthlyIrr } from '@/calculator/apr';

/** The equal-instalment (等额本息) payment for principal P at monthly rate r over n months. */
const annuity = (P: number, r: number, n: number) => (r === 0 ? P / n : (P * r) / (1 - (1 + r) ** -n));

const ok = (input: Parameters<typeof computeApr>[0]) => {
  const out = computeApr(input);
  if (!out.ok) throw new Error(out.errors.map((e) => e.message).join(' '));
  return out.result;
};

describe('APR by the internal-rate-of-return method', () => {
  it('recovers the rate of a textbook equal-instalment loan: 10,000 at 1% a month for 12 months pays 888.49', () => {
    expect(annuity(10000, 0.01, 12).toFixed(2)).toBe('888.49');
    const r = ok({ received: '10000', mode: 'equal', count: '12', payment: '888.49' });
    expect(r.apr * 100).toBeCloseTo(12, 2);
    expect(r.effectiveAnnual * 100).toBeCloseTo(12.68, 2);
    expect(r.totalPaidFen).toBe(1066188);
    expect(r.totalCostFen).toBe(66188);
  });

  it('a zero-interest loan costs 0%', () => {
    const r = ok({ received: '1200', mode: 'equal', count: '12', payment: '100' });
    expect(Math.abs(r.apr)).toBeLessThan(1e-9);
  });

  it('a single repayment after one month: rate = repaid / received − 1', () => {
    expect(solveMonthlyIrr(1000, [1010])!).toBeCloseTo(0.01, 12);
  });

  it('a fee deducted up front raises the rate: 10,000 contract, 9,500 received', () => {
    const full = ok({ received: '10000', mode: 'equal', count: '12', payment: '888.49' });
    const net = ok({ received: '9500', mode: 'equal', count: '12', payment: '888.49' });
    expect(net.apr).toBeGreaterThan(full.apr + 0.08);
  });

  it('a monthly fee is part of the cost', () => {
    const r = ok({ received: '10000', mode: 'equal', count: '12', payment: '888.49', monthlyFees: ['50', '', '30'] });
    expect(r.monthlyFeesFen).toBe(8000);
    expect(r.paymentsFen[0]).toBe(96849);
    expect(r.totalCostFen).toBe(66188 + 12 * 8000);
  });

  it('shows a flat 月费率 for what it is: 0.6% a month on 12,000 over 12 months is about 13% a year, not 7.2%', () => {
    // Each month: 1,000 principal + 0.6% × 12,000 = 1,072.
    const r = ok({ received: '12000', mode: 'equal', count: '12', payment: '1072', advertisedKind: 'monthly', advertisedRate: '0.6' });
    expect(r.advertised).toEqual({ kind: 'monthly', ratePercent: 0.6, naiveAnnualPercent: expect.closeTo(7.2, 9) });
    expect(r.apr * 100).toBeGreaterThan(12.9);
    expect(r.apr * 100).toBeLessThan(13.1);
  });

  it('a 日息 0.05% is 18.25% a year before compounding', () => {
    const r = ok({ received: '1000', mode: 'list', payments: '1015', advertisedKind: 'daily', advertisedRate: '0.05%' });
    expect(r.advertised!.naiveAnnualPercent).toBeCloseTo(18.25, 9);
  });

  it('accepts a list of unequal payments', () => {
    const r = ok({ received: '3000', mode: 'list', payments: '1100\n1050，1020' });
    expect(r.instalmentsFen).toEqual([110000, 105000, 102000]);
    expect(r.apr).toBeGreaterThan(0);
  });

  it('property: recovers the monthly rate of any equal-instalment loan (to payment rounding)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1_000_000 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 360 }), (P, bp, n) => {
        const r = bp / 10_000; // 0–5% a month
        const payment = Math.round(annuity(P, r, n) * 100) / 100;
        const solved = solveMonthlyIrr(
          P * 100,
          Array.from({ length: n }, () => Math.round(payment * 100)),
        )!;
        expect(Math.abs(solved - r)).toBeLessThan(2e-4);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the present value of the payments at the solved rate equals the money received', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_00, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 60 }),
        (received, payments) => {
          // Loans repay at least half of what was received; below that the rate nears −100% and any rounding dominates.
          fc.pre(payments.reduce((a, b) => a + b, 0) >= received / 2);
          const r = solveMonthlyIrr(received, payments);
          if (r === null) return;
          const pv = payments.reduce((s, p, t) => s + p / (1 + r) ** (t + 1), 0);
          expect(Math.abs(pv - received) / received).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ceilings', () => {
  const loan = { received: '10000', mode: 'equal' as const, count: '12', payment: '1000' };
  it('compares with 4 × LPR only when the lender is a private one', () => {
    const priv = ok({ ...loan, lenderKind: 'private', lpr: '3.0' }).ceilings[0]!;
    expect(priv).toMatchObject({ applies: 'yes', ceilingPercent: 12, above: true });
    expect(ok({ ...loan, lenderKind: 'licensed', lpr: '3.0' }).ceilings[0]!.applies).toBe('no');
    expect(ok({ ...loan, lpr: '3.0' }).ceilings[0]!.applies).toBe('unknown');
    expect(ok({ ...loan, lenderKind: 'private' }).ceilings[0]!).toMatchObject({ ceilingPercent: null, above: null });
  });
});

describe('bad input', () => {
  it('answers in Chinese, naming the field', () => {
    const fields = (input: Parameters<typeof computeApr>[0]) => {
      const out = computeApr(input);
      return out.ok ? {} : Object.fromEntries(out.errors.map((e) => [e.field, e.message]));
    };
    expect(fields({ received: '', mode: 'equal', count: '0', payment: 'x' })).toMatchObject({
      received: expect.stringContaining('到手'),
      count: expect.stringContaining('期数'),
      payment: expect.stringContaining('每期还款额'),
    });
    expect(fields({ received: '100', mode: 'list', payments: '50, abc' }).payments).toContain('第2期');
    expect(fields({ received: '100', mode: 'list', payments: '' }).payments).toContain('逐期');
    expect(fields({ received: '100', mode: 'equal', count: '2', payment: '60', monthlyFees: ['五十'] }).fees).toContain('每月费用');
    expect(fields({ received: '100', mode: 'equal', count: '2', payment: '60', advertisedKind: 'daily', advertisedRate: '-1' }).advertised).toContain('宣传');
    expect(fields({ received: '100', mode: 'equal', count: '2', payment: '60', lpr: '300' }).lpr).toContain('LPR');
  });
});
