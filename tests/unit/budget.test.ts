import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateOffers,
  apportion,
  buildStatement,
  computeBudget,
  DEBT_TYPES,
  formatFen,
  parseYuanToFen,
  readBudgetFile,
  writeBudgetFile,
  type BudgetInput,
  type DebtInput,
} from '@/calculator/budget';
import { loadDebtSeverities } from '../helpers/load-tool-data';

const severities = loadDebtSeverities();
const debt = (over: Partial<DebtInput>): DebtInput => ({
  lender: '某银行',
  type: 'credit-card',
  balance: '10000',
  monthly: '1000',
  daysOverdue: '',
  court: false,
  ...over,
});
const ok = (input: BudgetInput) => {
  const out = computeBudget(input, severities);
  if (!out.ok) throw new Error(out.errors.map((e) => e.message).join(' '));
  return out.result;
};

describe('money parsing', () => {
  it('reads yuan into exact fen', () => {
    expect(parseYuanToFen('1,234.5元')).toBe(123450);
    expect(parseYuanToFen('０.０１')).toBe(1);
    expect(parseYuanToFen('0.1')).toBe(10);
    expect(parseYuanToFen('19.99')).toBe(1999);
    expect(parseYuanToFen('1.234')).toBeNaN();
    expect(parseYuanToFen('-5')).toBeNaN();
    expect(parseYuanToFen('一千')).toBeNaN();
    expect(formatFen(123450)).toBe('1,234.50');
    expect(formatFen(-5)).toBe('-0.05');
  });
});

describe('the budget', () => {
  const input: BudgetInput = {
    income: '9000',
    essentials: { housing: '2500', food: '1500', transport: '300', medical: '200' },
    debts: [
      debt({ lender: '甲银行信用卡', type: 'credit-card', balance: '30000', monthly: '3000' }),
      debt({ lender: '乙消费金融', type: 'consumer-loan', balance: '20000', monthly: '2000' }),
      debt({ lender: '丙银行车贷', type: 'car', balance: '60000', monthly: '2000' }),
      debt({ lender: '朋友', type: 'private', balance: '10000', monthly: '' }),
    ],
  };

  it('pays the secured debt first and shares the rest in proportion to balances', () => {
    const r = ok(input);
    expect(r.availableFen).toBe(450000);
    expect(r.debts.map((d) => d.lender)).toEqual(['丙银行车贷', '甲银行信用卡', '乙消费金融', '朋友']);
    expect(r.debts[0]).toMatchObject({ basis: 'priority', offerFen: 200000 });
    // 2,500 left for 30,000 : 20,000 : 10,000 → 1,250 : 833.33 : 416.67 (largest remainder).
    expect(r.sharedPoolFen).toBe(250000);
    expect(r.debts.slice(1).map((d) => d.offerFen)).toEqual([125000, 83333, 41667]);
    expect(r.debts[1]!.monthsToRepay).toBe(24);
    expect(r.surplusFen).toBe(0);
  });

  it('explains each kind of debt in one sourced line', () => {
    for (const d of ok(input).debts) {
      expect(d.severity.reason.length).toBeLessThanOrEqual(120);
      expect(d.severity.sources.length).toBeGreaterThan(0);
    }
    expect(new Set(severities.map((s) => s.id))).toEqual(new Set(['court', ...DEBT_TYPES]));
  });

  it('puts a debt under court enforcement first whatever its type', () => {
    const r = ok({ ...input, debts: [...input.debts, debt({ lender: '丁小贷', type: 'online-loan', balance: '5000', monthly: '500', court: true })] });
    expect(r.debts[0]).toMatchObject({ lender: '丁小贷', basis: 'priority', offerFen: 50000 });
  });

  it('says so when essentials use up the income', () => {
    const r = ok({ ...input, income: '4000' });
    expect(r.availableFen).toBe(-50000);
    expect(r.debts.every((d) => d.offerFen === 0)).toBe(true);
    expect(r.priorityShortfallFen).toBe(200000);
  });

  it('never offers a lender more than its contract payment; the rest is surplus', () => {
    const r = ok({ ...input, income: '50000' });
    for (const d of r.debts) expect(d.offerFen).toBe(d.monthlyFen > 0 ? d.monthlyFen : d.balanceFen);
    expect(r.surplusFen).toBe(r.availableFen - r.debts.reduce((s, d) => s + d.offerFen, 0));
  });

  it('rejects bad input with a Chinese message naming the field', () => {
    const out = computeBudget(
      { income: '', essentials: { food: 'abc' }, debts: [debt({ lender: '', type: 'x', balance: '-1' }), debt({ type: 'mortgage', monthly: '' })] },
      severities,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const fields = Object.fromEntries(out.errors.map((e) => [e.field, e.message]));
    expect(fields.income).toContain('请填写家庭每月收入');
    expect(fields['essentials.food']).toContain('请填数字');
    expect(fields['debts.0.lender']).toContain('第1笔');
    expect(fields['debts.0.type']).toContain('请选择欠款类型');
    expect(fields['debts.0.balance']).toContain('不能是负数');
    expect(fields['debts.1.monthly']).toContain('优先安排');
    expect(computeBudget({ income: '100', essentials: {}, debts: [] }, severities)).toMatchObject({ ok: false, errors: [{ field: 'debts' }] });
  });

  it('the statement for one lender carries its offer and every debt', () => {
    const r = ok(input);
    const s = buildStatement(r, r.debts[1]!);
    expect(s.to).toBe('甲银行信用卡');
    expect(s.proposal).toContain('每月还款1,250.00元');
    expect(s.debtRows).toHaveLength(4);
    expect(s.budgetRows.at(-1)).toEqual(['扣除基本开支后每月可用于还款', '4,500.00']);
  });
});

describe('properties (integer fen, no drift)', () => {
  it('apportioned parts are whole fen, add up exactly and stay within one fen of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_00 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000_00 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.every(Number.isSafeInteger)).toBe(true);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(sum === 0 ? 0 : total);
          if (sum > 0)
            parts.forEach((p, i) => {
              expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1 + 1e-6 * total);
            });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('offers add up to min(pool, Σcaps) and never exceed a cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 1, max: 5_000_000 })), { minLength: 1, maxLength: 20 }),
        (pool, debts) => {
          const offers = allocateOffers(
            pool,
            debts.map((d) => d[0]),
            debts.map((d) => d[1]),
          );
          const capSum = debts.reduce((s, d) => s + d[1], 0);
          expect(offers.reduce((a, b) => a + b, 0)).toBe(Math.min(pool, capSum));
          offers.forEach((o, i) => {
            expect(Number.isInteger(o) && o >= 0 && o <= debts[i]![1]).toBe(true);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('every fen available is either offered to a lender or reported as surplus', () => {
    const money = fc.integer({ min: 0, max: 2_000_000 }).map((fen) => formatFen(fen).replace(/,/g, ''));
    const debtArb = fc.record({
      lender: fc.constantFrom('甲', '乙', '丙', '丁'),
      type: fc.constantFrom(...DEBT_TYPES),
      balance: fc.integer({ min: 1, max: 50_000_000 }).map((fen) => formatFen(fen).replace(/,/g, '')),
      monthly: fc.integer({ min: 1, max: 1_000_000 }).map((fen) => formatFen(fen).replace(/,/g, '')),
      daysOverdue: fc.constant(''),
      court: fc.boolean(),
    });
    fc.assert(
      fc.property(money, money, fc.array(debtArb, { minLength: 1, maxLength: 12 }), (income, rent, debts) => {
        const r = ok({ income, essentials: { housing: rent }, debts });
        const offered = r.debts.reduce((s, d) => s + d.offerFen, 0);
        expect(offered + r.surplusFen).toBe(Math.max(0, r.availableFen));
        expect(r.priorityPaidFen + r.sharedPoolFen).toBe(Math.max(0, r.availableFen));
        // Severity order is respected: tiers never go down the list.
        r.debts.forEach((d, i) => {
          i > 0 && expect(d.severity.tier).toBeGreaterThanOrEqual(r.debts[i - 1]!.severity.tier);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('export and import', () => {
  it('a saved file reads back to the same input', () => {
    const input: BudgetInput = { income: '8000', essentials: { food: '1200' }, debts: [debt({ lender: '甲' }), debt({ lender: '乙', court: true })] };
    expect(readBudgetFile(writeBudgetFile(input, '2026-12-01T00:00:00Z'))).toEqual({ ok: true, input });
  });

  it('refuses other files in Chinese', () => {
    for (const text of [
      '',
      'not json',
      '{"format":"other"}',
      JSON.stringify({ format: 'yuqi-cuishou-budget', version: 1, input: { income: 5, debts: [] } }),
      JSON.stringify({ format: 'yuqi-cuishou-budget', version: 1, input: { income: '1', debts: [{ lender: 'x'.repeat(100) }] } }),
    ]) {
      const out = readBudgetFile(text);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.message).toContain('没有导入任何内容');
    }
  });
});
