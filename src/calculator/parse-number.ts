/**
 * Parses reader-typed numbers: full-width digits, thousands separators and a trailing
 * 天/元 are accepted; anything else gives NaN so callers can report it.
 */
export function parseNumber(raw: string | number, unit?: '天' | '元'): number {
  if (typeof raw === 'number') return raw;
  let text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[,，\s]/g, '');
  if (unit && text.endsWith(unit)) text = text.slice(0, -1);
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}
