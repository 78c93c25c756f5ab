import { LIMITS } from '../limits.ts';
import { allocateOffers } from './allocate-offers.ts';
import { apportion } from './apportion.ts';
import { parseYuanToFen } from '../parse-yuan-to-fen.ts';
import {
  DEBT_TYPES,
  ESSENTIALS,
  type BudgetError,
  type BudgetInput,
  type BudgetOutcome,
  type DebtLine,
  type DebtSeverity,
  type DebtTypeId,
  type EssentialId,
} from './types.ts';

export const ESSENTIAL_LABELS: Record<EssentialId, string> = {
  housing: '住房（房租、物业、水电燃气）',
  food: '吃饭和日用品',
  transport: '交通和通讯',
  medical: '看病和药费',
  children: '子女（学费、抚养）',
  parents: '赡养父母',
  other: '其他必需开支',
};

/** Most debts a reader can list; more is almost certainly a mistake in an imported file. */
export const MAX_DEBTS = 30;

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

/**
 * What a household can pay each month, and a fair offer to each lender. Secured debts and
 * debts under court enforcement get their contract payment first, most severe first; what
 * is left is shared among the other lenders in proportion to what is owed, so the offers
 * add up exactly, to the fen, to the money available. Never throws.
 */
export function computeBudget(input: BudgetInput, severities: DebtSeverity[]): BudgetOutcome {
  const errors: BudgetError[] = [];
  const money = (raw: string | undefined, field: string, label: string, required: boolean): number => {
    if (blank(raw)) {
      if (required) errors.push({ field, message: `请填写${label}（元）。` });
      return 0;
    }
    const fen = parseYuanToFen(raw!);
    if (Number.isNaN(fen)) {
      const negative = /^\s*[-−]/.test(raw!);
      errors.push({ field, message: negative ? `${label}不能是负数。` : `${label}请填数字，单位是元，最多两位小数，例如3500或3500.50。` });
      return 0;
    }
    return fen;
  };

  const incomeFen = money(input.income, 'income', '家庭每月收入', true);
  const essentialsByCategory = Object.fromEntries(
    ESSENTIALS.map((id) => [id, money(input.essentials[id], `essentials.${id}`, ESSENTIAL_LABELS[id].replace(/（.*$/, ''), false)]),
  ) as Record<EssentialId, number>;

  if (input.debts.length === 0) errors.push({ field: 'debts', message: '请至少添加一笔欠款。' });
  if (input.debts.length > MAX_DEBTS) errors.push({ field: 'debts', message: `最多可以填${MAX_DEBTS}笔欠款。` });
  const byId = new Map(severities.map((s) => [s.id, s]));

  const lines: DebtLine[] = input.debts.slice(0, MAX_DEBTS).map((d, index) => {
    const n = index + 1;
    const lender = d.lender.trim();
    if (!lender) errors.push({ field: `debts.${index}.lender`, message: `第${n}笔欠款：请填写借款机构或出借人的名称。` });
    else if (lender.length > LIMITS.maxInputLength)
      errors.push({ field: `debts.${index}.lender`, message: `第${n}笔欠款：名称最多${LIMITS.maxInputLength}个字。` });
    const type = DEBT_TYPES.includes(d.type as DebtTypeId) ? (d.type as DebtTypeId) : null;
    if (!type) errors.push({ field: `debts.${index}.type`, message: `第${n}笔欠款：请选择欠款类型。` });
    const balanceFen = money(d.balance, `debts.${index}.balance`, `第${n}笔欠款的剩余欠款`, true);
    const monthlyFen = money(d.monthly, `debts.${index}.monthly`, `第${n}笔欠款的合同月供`, false);
    let daysOverdue: number | null = null;
    if (!blank(d.daysOverdue)) {
      const text = d.daysOverdue.normalize('NFKC').trim().replace(/天$/, '');
      const days = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isInteger(days) || days > LIMITS.maxDaysOverdue)
        errors.push({ field: `debts.${index}.daysOverdue`, message: `第${n}笔欠款：逾期天数请填0到${LIMITS.maxDaysOverdue}之间的整数。` });
      else daysOverdue = days;
    }
    const severity = (d.court ? byId.get('court') : type ? byId.get(type) : undefined) ?? severities[0]!;
    return {
      index,
      lender,
      type: type ?? 'private',
      balanceFen,
      monthlyFen,
      daysOverdue,
      court: d.court,
      severity,
      basis: severity.secured ? 'priority' : 'shared',
      offerFen: 0,
      monthsToRepay: null,
    };
  });
  lines.forEach((l) => {
    if (l.basis === 'priority' && l.monthlyFen === 0 && !errors.some((e) => e.field.startsWith(`debts.${l.index}.`))) {
      errors.push({ field: `debts.${l.index}.monthly`, message: `第${l.index + 1}笔欠款（${l.severity.name}）：请填写合同约定的每月还款额，它会被优先安排。` });
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  const essentialsFen = ESSENTIALS.reduce((sum, id) => sum + essentialsByCategory[id], 0);
  const availableFen = incomeFen - essentialsFen;
  lines.sort((a, b) => a.severity.tier - b.severity.tier || b.balanceFen - a.balanceFen || a.index - b.index);

  // Priority debts, tier by tier: a tier that cannot be paid in full shares what is left
  // in proportion to its contract payments.
  let left = Math.max(0, availableFen);
  const priority = lines.filter((l) => l.basis === 'priority');
  const priorityNeedFen = priority.reduce((s, l) => s + Math.min(l.monthlyFen, l.balanceFen), 0);
  for (const tier of [...new Set(priority.map((l) => l.severity.tier))]) {
    const group = priority.filter((l) => l.severity.tier === tier);
    const need = group.map((l) => Math.min(l.monthlyFen, l.balanceFen));
    const total = need.reduce((a, b) => a + b, 0);
    const paid = total <= left ? need : apportion(left, need);
    group.forEach((l, k) => {
      l.offerFen = paid[k]!;
    });
    left -= paid.reduce((a, b) => a + b, 0);
  }
  const priorityPaidFen = priority.reduce((s, l) => s + l.offerFen, 0);

  const shared = lines.filter((l) => l.basis === 'shared');
  const sharedPoolFen = left;
  const caps = shared.map((l) => (l.monthlyFen > 0 ? Math.min(l.monthlyFen, l.balanceFen) : l.balanceFen));
  const offers = allocateOffers(
    sharedPoolFen,
    shared.map((l) => l.balanceFen),
    caps,
  );
  shared.forEach((l, k) => {
    l.offerFen = offers[k]!;
  });
  const surplusFen = sharedPoolFen - offers.reduce((a, b) => a + b, 0);

  for (const l of lines) l.monthsToRepay = l.offerFen > 0 ? Math.ceil(l.balanceFen / l.offerFen) : null;

  return {
    ok: true,
    result: {
      incomeFen,
      essentialsFen,
      essentialsByCategory,
      availableFen,
      debts: lines,
      priorityNeedFen,
      priorityPaidFen,
      sharedPoolFen,
      surplusFen,
      priorityShortfallFen: Math.max(0, priorityNeedFen - priorityPaidFen),
    },
  };
}
