import type { GlossaryEntry } from '../../schemas/glossary.ts';

/**
 * Glossary terms worth offering when a search finds nothing: those sharing the most
 * Chinese characters (or Latin letters) with the query, best first, at most `limit`.
 */
export function suggestTerms(query: string, glossary: readonly GlossaryEntry[], limit = 5): GlossaryEntry[] {
  const chars = new Set([...query.toLowerCase()].filter((c) => /[\p{Script=Han}a-z0-9]/u.test(c)));
  if (chars.size === 0) return [];
  return glossary
    .map((entry) => {
      const words = [entry.term, ...entry.aliases].map((w) => w.toLowerCase());
      const score = Math.max(...words.map((w) => [...new Set(w)].filter((c) => chars.has(c)).length / Math.max(w.length, 1)));
      return { entry, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.entry.term.localeCompare(b.entry.term, 'zh-CN'))
    .slice(0, limit)
    .map((x) => x.entry);
}
