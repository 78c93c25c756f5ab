import { LIMITS } from './limits.ts';

/**
 * Reader-typed yuan to integer fen, exactly (no floating point): "1,234.5元" → 123450.
 * Full-width digits and separators are accepted. Returns NaN for anything else,
 * for more than two decimals and for amounts above LIMITS.maxAmount.
 */
export function parseYuanToFen(raw: string): number {
  if (raw.length > LIMITS.maxInputLength) return Number.NaN;
  let text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[,，\s]/g, '');
  if (text.endsWith('元')) text = text.slice(0, -1);
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return Number.NaN;
  const yuan = Number(match[1]);
  if (yuan > LIMITS.maxAmount) return Number.NaN;
  return yuan * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
