/** The fields relatedness needs. */
export interface Relatable {
  id: string;
  data: { tags: string[]; category: string; published: string };
}

const append = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Newest first, then by id: the order ties are shown in. */
const byRecency = (a: Relatable, b: Relatable) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id);

/**
 * Builds, once for all entries, a function returning up to `limit` other entries ranked by
 * shared tags (2 points each) and same category (1 point); entries with no overlap are
 * never returned. Only entries sharing a tag are scored one by one; the rest of the
 * category is already in order, so a site of 10,000 articles is not compared pairwise.
 * Precondition: ids are unique.
 */
export function createRelatedFinder<T extends Relatable>(all: readonly T[]): (current: T, limit?: number) => T[] {
  const byTag = new Map<string, T[]>();
  const byCategory = new Map<string, T[]>();
  for (const e of all) {
    for (const t of new Set(e.data.tags)) append(byTag, t, e);
    append(byCategory, e.data.category, e);
  }
  for (const list of byCategory.values()) list.sort(byRecency);
  return (current, limit = 4) => {
    const shared = new Map<T, number>();
    for (const t of new Set(current.data.tags)) for (const e of byTag.get(t) ?? []) if (e.id !== current.id) shared.set(e, (shared.get(e) ?? 0) + 1);
    const scored = [...shared].map(([e, n]) => ({ e, score: n * 2 + (e.data.category === current.data.category ? 1 : 0) }));
    scored.sort((a, b) => b.score - a.score || byRecency(a.e, b.e));
    const picked = scored.slice(0, limit).map((x) => x.e);
    // Same category, no shared tag: 1 point, below every tag match.
    for (const e of byCategory.get(current.data.category) ?? []) {
      if (picked.length >= limit) break;
      if (e.id !== current.id && !shared.has(e)) picked.push(e);
    }
    return picked;
  };
}
