/** 2026-11-29 → 2026年11月29日; partial dates (2022-12, 2011) are kept to their precision. */
export function formatDateZh(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${Number(y)}年${Number(m)}月${Number(d)}日`;
  if (m) return `${Number(y)}年${Number(m)}月`;
  return `${Number(y)}年`;
}
