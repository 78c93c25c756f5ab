/** The fields relatedness needs. */
export interface Relatable {
  id: string;
  data: { tags: string[]; category: string; published: string };
}

/**
 * Up to `limit` other entries ranked by shared tags (2 points each) and same category
 * (1 point); entries with no overlap are never returned.
 */
export function findRelated<T extends Relatable>(current: T, all: readonly T[], limit = 4): T[] {
  const tags = new Set(current.data.tags);
  return all
    .filter((e) => e.id !== current.id)
    .map((e) => ({
      e,
      score: e.data.tags.filter((t) => tags.has(t)).length * 2 + (e.data.category === current.data.category ? 1 : 0),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.e.data.published.localeCompare(a.e.data.published) || a.e.id.localeCompare(b.e.id))
    .slice(0, limit)
    .map((x) => x.e);
}
