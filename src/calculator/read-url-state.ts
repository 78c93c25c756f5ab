import { LIMITS } from './limits.ts';
import { FIELD_PARAMS, INPUT_FIELDS } from './input-fields.ts';
import type { CalcError } from './types.ts';

/** Calculator state that can be shared as a link: ?days=15, ?due=2026-10-08, &process=credit-card. */
export interface UrlState {
  processId: string;
  dueDate?: string;
  daysOverdue?: string;
  graceDays?: string;
  amount?: string;
  lastContactDate?: string;
}

/**
 * Reads calculator state from URL search params. Values stay plain strings (they are
 * validated by computePosition and only ever rendered as text); overlong values are
 * dropped, and an unknown process falls back to the default with an error to show.
 */
export function readUrlState(params: URLSearchParams, knownProcessIds: readonly string[], defaultProcessId: string): { state: UrlState; errors: CalcError[] } {
  const errors: CalcError[] = [];
  const requested = params.get('process');
  let processId = defaultProcessId;
  if (requested !== null) {
    if (knownProcessIds.includes(requested)) processId = requested;
    else errors.push({ code: 'unknown-process', field: 'process', message: '链接里的还款类型无法识别，已按默认类型计算。' });
  }
  const state: UrlState = { processId };
  for (const param of INPUT_FIELDS) {
    const key = FIELD_PARAMS[param];
    const value = params.get(param);
    if (value === null || value.trim() === '') continue;
    // Keep overlong values so computePosition reports them; cap length so nothing huge is echoed.
    state[key] = value.slice(0, LIMITS.maxInputLength + 1);
  }
  return { state, errors };
}

/** The query string for a state, omitting empty fields, for shareable links. */
export function writeUrlState(state: UrlState, defaultProcessId: string): string {
  const params = new URLSearchParams();
  // The due date wins over a day count (computePosition does the same), so only one is kept.
  if (state.dueDate) params.set('due', state.dueDate);
  else if (state.daysOverdue) params.set('days', state.daysOverdue);
  if (state.processId !== defaultProcessId) params.set('process', state.processId);
  for (const param of INPUT_FIELDS) {
    const value = state[FIELD_PARAMS[param]];
    // The amount is private: it stays in the form and never enters a shareable URL.
    if (param === 'due' || param === 'days' || param === 'amount' || !value || (param === 'grace' && value === '0')) continue;
    params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
