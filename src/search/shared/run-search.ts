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

/** Pagefind's URLs may carry the origin; links on the page use site paths. */
const sitePath = (href: string) => {
  const u = new URL(href, 'http://site');
  return `${u.pathname}${u.search}${u.hash}`;
};

/** How much a title containing all the query's words adds to a page's relative score. */
export const TITLE_BONUS = 0.5;
/** What a query that asks for a kind of page (模板, 计算器…) adds to pages of that kind. */
export const KIND_BONUS = 0.5;

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

export interface RunSearchOptions {
  pagefind: PagefindLike;
  segmenter: Segmenter;
  /** The reader's query as typed. */
  query: string;
  /** Pagefind filters (category, process, tag). */
  filters?: Record<string, string>;
  /** Most hits returned. */
  limit?: number;
  /** Per page kind (文书模板、工具、术语表), the words that show a reader wants that kind of page. */
  kindHints?: Partial<Record<string, string[]>>;
}

/**
 * Runs a reader's query against Pagefind with the shared segmentation.
 * All words must match first (Pagefind's own semantics); if that leaves fewer than
 * `limit` pages, pages matching most of the words follow. Quoted phrases must appear
 * verbatim. Ties are broken by URL so the same query always gives the same order.
 */
export async function runSearch(options: RunSearchOptions): Promise<SearchResponse> {
  const { pagefind, segmenter, query: rawQuery, filters = {}, limit = 10, kindHints = {} } = options;
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
  const fullMatches = new Set(all.map((r) => r.id));
  const topScore = Math.max(...ranked.slice(0, 1).map((r) => r.score), 1e-9);
  const normalizedQuery = segmenter.normalize(rawQuery);

  // Re-rank the candidates we load anyway (their fragments carry title and kind):
  // pages matching every word stay above partial matches; within each group, a title
  // that contains the query's words and a page kind the query asks for count extra.
  const candidates: { hit: SearchHit; score: number; full: boolean; order: number }[] = [];
  for (const [order, result] of ranked.slice(0, phrases.length ? limit * 4 : limit).entries()) {
    const fragment = await result.data();
    const text = cleanIndexedText(fragment.content);
    if (phraseKeys.length && !phraseKeys.every((p) => segmenter.normalize(text).replace(/\s+/g, '').includes(p))) continue;
    const title = fragment.meta.title ?? fragment.url;
    const kind = fragment.meta.kind ?? '';
    // Whole title words only: 征信 is in “逾期多久会上征信”, not in “征信异议申请书”.
    const titleWords = new Set(segmenter.tokenize(title));
    const titleCoverage = tokens.filter((t) => segmenter.variantsOf(t).some((v) => titleWords.has(v))).length / tokens.length;
    const kindBonus = kindHints[kind]?.some((h) => normalizedQuery.includes(h)) ? KIND_BONUS : 0;
    const section = fragment.sub_results?.find((s) => s.url.includes('#') && s.url !== fragment.url);
    candidates.push({
      hit: {
        url: sitePath(fragment.url),
        title,
        kind,
        excerpt: buildExcerpt(text, [...terms, ...phrases]),
        section: section ? { url: sitePath(section.url), title: cleanIndexedText(section.title) } : undefined,
      },
      score: result.score / topScore + TITLE_BONUS * titleCoverage + kindBonus,
      full: fullMatches.has(result.id),
      order,
    });
  }
  candidates.sort((a, b) => Number(b.full) - Number(a.full) || b.score - a.score || a.order - b.order);
  const hits = candidates.slice(0, limit).map((c) => c.hit);
  return { ...empty, hits, partial };
}
