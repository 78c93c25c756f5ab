/**
 * Entries whose last review is more than `maxAgeMonths` months before `today`
 * (both YYYY-MM-DD). Used to print a reminder at build time.
 */
export function listStaleReviews<T extends { id: string; reviewed: string }>(entries: readonly T[], today: string, maxAgeMonths: number): T[] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const cutoffDate = new Date(0);
  cutoffDate.setUTCFullYear(y, m - 1 - maxAgeMonths, d);
  const cutoff = cutoffDate.toISOString().slice(0, 10);
  return entries.filter((e) => e.reviewed < cutoff);
}
