import { buildExcerpt, cleanIndexedText, type ExcerptPart } from './build-excerpt.ts';
import { parseQuery } from './parse-query.ts';
import type { Segmenter } from './segmenter.ts';

/** The slice of Pagefind's API this module uses (a fake in unit tests). */
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; locations?: number[] }[];
}

export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  excerpt: ExcerptPart[];
  section?: { url: string; title: string };
}

export interface SearchResponse {
  query: string;
  tokens: string[];
  hits: SearchHit[];
  /** True when no page had every word and the list is ranked by how many words match. */
  partial: boolean;
}

/**
 * Runs a reader's query against Pagefind with the shared segmentation.
 * All words must match first (Pagefind's own semantics); if that leaves fewer than
 * `limit` pages, pages matching most of the words follow. Quoted phrases must appear
 * verbatim. Ties are broken by URL so the same query always gives the same order.
 */
export async function runSearch(
  pagefind: PagefindLike,
  segmenter: Segmenter,
  rawQuery: string,
  filters: Record<string, string> = {},
  limit = 10,
): Promise<SearchResponse> {
  const { free, phrases } = parseQuery(rawQuery);
  const tokens = [...new Set([...segmenter.queryTokens(free), ...phrases.flatMap((p) => segmenter.tokenize(p))])];
  const empty: SearchResponse = { query: rawQuery, tokens, hits: [], partial: false };
  if (tokens.length === 0) return empty;

  const search = async (term: string) => (await pagefind.search(term, { filters }))?.results ?? [];
  const byScore = (a: PagefindResult, b: PagefindResult) => b.score - a.score || a.id.localeCompare(b.id);
  const all = (await search(tokens.join(' '))).sort(byScore);
  let ranked: PagefindResult[] = all;
  let partial = false;
  if (all.length < limit && tokens.length > 1) {
    const matched = new Map<string, { result: PagefindResult; count: number; score: number }>();
    for (const token of tokens) {
      const results = await search(token);
      const top = results.reduce((m, r) => Math.max(m, r.score), 0) || 1;
      for (const r of results) {
        const entry = matched.get(r.id) ?? { result: r, count: 0, score: 0 };
        entry.count += 1;
        entry.score += r.score / top;
        matched.set(r.id, entry);
      }
    }
    const seen = new Set(all.map((r) => r.id));
    const rest = [...matched.values()]
      .filter((m) => !seen.has(m.result.id))
      .sort((a, b) => b.count - a.count || b.score - a.score || a.result.id.localeCompare(b.result.id))
      .map((m) => m.result);
    partial = all.length === 0 && rest.length > 0;
    ranked = [...all, ...rest];
  }

  const terms = tokens.flatMap((t) => segmenter.variantsOf(t));
  const phraseKeys = phrases.map((p) => segmenter.normalize(p).replace(/\s+/g, ''));
  const hits: SearchHit[] = [];
  for (const result of ranked.slice(0, phrases.length ? limit * 4 : limit)) {
    const fragment = await result.data();
    const text = cleanIndexedText(fragment.content);
    if (phraseKeys.length && !phraseKeys.every((p) => segmenter.normalize(text).replace(/\s+/g, '').includes(p))) continue;
    const section = fragment.sub_results?.find((s) => s.url.includes('#') && s.url !== fragment.url);
    hits.push({
      url: fragment.url,
      title: fragment.meta.title ?? fragment.url,
      kind: fragment.meta.kind ?? '',
      excerpt: buildExcerpt(text, [...terms, ...phrases]),
      section: section ? { url: section.url, title: cleanIndexedText(section.title) } : undefined,
    });
    if (hits.length >= limit) break;
  }
  return { ...empty, hits, partial };
}
