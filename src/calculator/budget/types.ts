/** Types of the budget tool. Money is always integer fen (分), never floating yuan. */

export const DEBT_TYPES = ['credit-card', 'consumer-loan', 'online-loan', 'mortgage', 'car', 'private'] as const;
export type DebtTypeId = (typeof DEBT_TYPES)[number];

export const ESSENTIALS = ['housing', 'food', 'transport', 'medical', 'children', 'parents', 'other'] as const;
export type EssentialId = (typeof ESSENTIALS)[number];

/** Severity of not paying a kind of debt, as authored in content/tools/debt-types.yaml. */
export interface DebtSeverity {
  id: DebtTypeId | 'court';
  name: string;
  /** Smaller is more severe. */
  tier: number;
  /** Paid at the contractual amount before anything is shared out (secured debts, court enforcement). */
  secured: boolean;
  reason: string;
  sources: string[];
  article: string;
}

/** What the reader typed, as raw strings; everything is validated by computeBudget. */
export interface BudgetInput {
  income: string;
  essentials: Partial<Record<EssentialId, string>>;
  debts: DebtInput[];
}

export interface DebtInput {
  lender: string;
  type: string;
  balance: string;
  monthly: string;
  daysOverdue: string;
  /** 已被法院判决或正在强制执行. */
  court: boolean;
}

export interface DebtLine {
  /** Position in the reader's list, so the page can match rows. */
  index: number;
  lender: string;
  type: DebtTypeId;
  balanceFen: number;
  monthlyFen: number;
  daysOverdue: number | null;
  court: boolean;
  severity: DebtSeverity;
  /** 'priority': paid at the contract amount first; 'shared': a share of what is left. */
  basis: 'priority' | 'shared';
  offerFen: number;
  /** Months the balance would take at the offer, or null when the offer is 0. */
  monthsToRepay: number | null;
}

export interface BudgetResult {
  incomeFen: number;
  essentialsFen: number;
  essentialsByCategory: Record<EssentialId, number>;
  /** income − essentials; may be negative. */
  availableFen: number;
  /** Debts from most to least severe consequences. */
  debts: DebtLine[];
  priorityNeedFen: number;
  priorityPaidFen: number;
  /** What was left for unsecured lenders after the priority debts. */
  sharedPoolFen: number;
  /** Left over after every debt gets its contract amount (0 unless the budget covers everything). */
  surplusFen: number;
  /** What the priority debts' contract amounts exceed the available money by. */
  priorityShortfallFen: number;
}

export interface BudgetError {
  field: string;
  message: string;
}

export type BudgetOutcome = { ok: true; result: BudgetResult } | { ok: false; errors: BudgetError[] };
