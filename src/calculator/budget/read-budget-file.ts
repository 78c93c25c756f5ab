import { LIMITS } from '../limits.ts';
import { MAX_DEBTS } from './compute-budget.ts';
import { ESSENTIALS, type BudgetInput, type DebtInput } from './types.ts';

export const BUDGET_FILE_FORMAT = 'yuqi-cuishou-budget';

/** The exported file: the reader's own inputs, nothing else. */
export function writeBudgetFile(input: BudgetInput, savedAt: string): string {
  return `${JSON.stringify({ format: BUDGET_FILE_FORMAT, version: 1, savedAt, input }, null, 2)}\n`;
}

export type ReadBudgetFile = { ok: true; input: BudgetInput } | { ok: false; message: string };

const str = (v: unknown, max = LIMITS.maxInputLength): string | null => (typeof v === 'string' && v.length <= max ? v : v === undefined ? '' : null);

/**
 * Reads a file made by writeBudgetFile. Anything unexpected (another file, a damaged
 * one, over-long fields) is refused with a Chinese message; nothing in it is executed.
 */
export function readBudgetFile(text: string): ReadBudgetFile {
  const bad = { ok: false as const, message: '这个文件不是本工具导出的预算文件，或者已经损坏，没有导入任何内容。' };
  if (text.length > 200_000) return bad;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad;
  }
  if (!data || typeof data !== 'object') return bad;
  const file = data as { format?: unknown; version?: unknown; input?: unknown };
  if (file.format !== BUDGET_FILE_FORMAT || file.version !== 1 || !file.input || typeof file.input !== 'object') return bad;
  const raw = file.input as { income?: unknown; essentials?: unknown; debts?: unknown };
  const income = str(raw.income);
  if (income === null) return bad;
  const essentials: BudgetInput['essentials'] = {};
  if (raw.essentials !== undefined) {
    if (typeof raw.essentials !== 'object' || raw.essentials === null) return bad;
    for (const id of ESSENTIALS) {
      const v = str((raw.essentials as Record<string, unknown>)[id]);
      if (v === null) return bad;
      if (v) essentials[id] = v;
    }
  }
  if (!Array.isArray(raw.debts) || raw.debts.length > MAX_DEBTS) return bad;
  const debts: DebtInput[] = [];
  for (const d of raw.debts as unknown[]) {
    if (!d || typeof d !== 'object') return bad;
    const r = d as Record<string, unknown>;
    const fields = [str(r.lender), str(r.type), str(r.balance), str(r.monthly), str(r.daysOverdue)];
    if (fields.some((f) => f === null) || (r.court !== undefined && typeof r.court !== 'boolean')) return bad;
    const [lender, type, balance, monthly, daysOverdue] = fields as string[];
    debts.push({ lender: lender!, type: type!, balance: balance!, monthly: monthly!, daysOverdue: daysOverdue!, court: r.court === true });
  }
  return { ok: true, input: { income, essentials, debts } };
}
