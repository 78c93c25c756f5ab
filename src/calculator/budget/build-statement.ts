import { ESSENTIAL_LABELS } from './compute-budget.ts';
import { formatFen } from '../format-fen.ts';
import { ESSENTIALS, type BudgetResult, type DebtLine } from './types.ts';

export interface Statement {
  /** Addressee: the lender this copy is for. */
  to: string;
  intro: string;
  /** [label, yuan] rows of the monthly budget. */
  budgetRows: Array<[string, string]>;
  /** One row per debt: lender, kind, balance, contract payment, what is offered. */
  debtRows: Array<[string, string, string, string, string]>;
  /** The offer in words, ready for the 还款方案 blank of the negotiation letter. */
  proposal: string;
  method: string;
}

/**
 * The 财务状况说明 for one lender, attached to the negotiation letter. Lists every debt
 * (lenders can check the offer is proportional) but is addressed to, and proposes for, one.
 */
export function buildStatement(result: BudgetResult, debt: DebtLine): Statement {
  const budgetRows: Array<[string, string]> = [['家庭每月收入', formatFen(result.incomeFen)]];
  for (const id of ESSENTIALS) if (result.essentialsByCategory[id] > 0) budgetRows.push([ESSENTIAL_LABELS[id], formatFen(result.essentialsByCategory[id])]);
  budgetRows.push(['基本生活开支合计', formatFen(result.essentialsFen)], ['扣除基本开支后每月可用于还款', formatFen(Math.max(0, result.availableFen))]);
  const debtRows = result.debts.map((d): [string, string, string, string, string] => [
    d.lender,
    d.court ? `${d.severity.name}` : d.severity.name,
    formatFen(d.balanceFen),
    d.monthlyFen > 0 ? formatFen(d.monthlyFen) : '—',
    formatFen(d.offerFen),
  ]);
  const proposal =
    debt.offerFen > 0
      ? `自下月起每月还款${formatFen(debt.offerFen)}元${debt.monthsToRepay ? `，按目前剩余欠款${formatFen(debt.balanceFen)}元计算约${debt.monthsToRepay}个月还清` : ''}。收入改善后，本人愿意相应提高还款额。`
      : '本人目前扣除基本生活开支和有抵押贷款的月供后已没有余钱，申请暂缓还款，收入恢复后立即与贵司协商还款方案。';
  return {
    to: debt.lender,
    intro: `本人目前共有${result.debts.length}笔欠款，无力按原合同同时偿还。以下是本人家庭每月的收支和全部欠款情况，供贵司审核本人的还款方案。`,
    budgetRows,
    debtRows,
    proposal,
    method:
      '分配方法：先保证家庭基本生活开支；再按合同支付有抵押的贷款和法院已在执行的欠款；剩下的钱按各家剩余欠款的比例分给其余每一家，每一家得到的比例相同，没有偏向任何一方。',
  };
}
