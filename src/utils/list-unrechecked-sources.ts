import { listStaleReviews } from './list-stale-reviews';

/** Sources whose text was last checked more than `maxAgeMonths` months before `today` (YYYY-MM-DD), oldest first. */
export function listUnrecheckedSources<T extends { id: string; checked: { on: string } }>(sources: readonly T[], today: string, maxAgeMonths: number): T[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return listStaleReviews(
    sources.map((s) => ({ id: s.id, reviewed: s.checked.on })),
    today,
    maxAgeMonths,
  )
    .sort((a, b) => a.reviewed.localeCompare(b.reviewed))
    .map((s) => byId.get(s.id)!);
}
