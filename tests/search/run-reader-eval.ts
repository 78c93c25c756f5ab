/**
 * The readers' evaluation (issue #12): queries written by someone who never saw the
 * index, judged by URL, scored by kind. Runs in the real search page (worker, segmenter,
 * Pagefind), from the browser test (eval-readers.test.ts) or from the command line:
 *   node scripts/eval-search.ts tests/search/eval-readers-tuning.json [more files…]
 * Plain relative .ts imports so both Vitest and Node can load it.
 *
 * Metrics (see README.md in this folder):
 * - P@1 (answerable queries): the first result is a `relevant` page AND the page did not
 *   say “no article on this” — a correct page shown as a mere suggestion is not an answer.
 * - R@5 (answerable): any `relevant` or `partial` page is among the first five results.
 * - honest (unanswerable): the page says there is no article on it, or its first result
 *   is one of the query's `partial` pages.
 * URLs compare by path; a judged URL with a #anchor must match the anchor too.
 */
import type { Page } from 'playwright-core';

export const READER_KINDS = ['everyday', 'question', 'slang-typo', 'traditional', 'latin-digits', 'unanswerable'] as const;
export type ReaderKind = (typeof READER_KINDS)[number];

export interface ReaderQuery {
  q: string;
  kind: ReaderKind;
  relevant: string[];
  partial: string[];
}

export interface ReaderRow {
  query: ReaderQuery;
  results: string[];
  /** The page's answer state: answer | no-article | empty. */
  state: string;
  /** The corrected query the page announced (你是不是要找), if any. */
  corrected: string;
  p1: number;
  r5: number;
  honest: number;
}

/** Throws a clear message naming the entry when a query file is malformed. */
export function parseReaderQueries(text: string, file: string): ReaderQuery[] {
  const data = JSON.parse(text) as unknown;
  if (!Array.isArray(data)) throw new Error(`${file}：应为 JSON 数组`);
  return data.map((raw, i) => {
    const e = raw as Partial<ReaderQuery>;
    const where = `${file} 第 ${i + 1} 条`;
    if (typeof e.q !== 'string' || !e.q.trim()) throw new Error(`${where}：缺少 q`);
    if (!READER_KINDS.includes(e.kind as ReaderKind)) throw new Error(`${where}：kind 应为 ${READER_KINDS.join('|')}`);
    const relevant = e.relevant ?? [];
    const partial = e.partial ?? [];
    if (e.kind !== 'unanswerable' && relevant.length === 0) throw new Error(`${where}：可回答的查询要有 relevant`);
    return { q: e.q, kind: e.kind as ReaderKind, relevant, partial };
  });
}

/** Does a result URL satisfy a judged URL? Path only, unless the judged URL names an anchor. */
export function urlMatches(result: string, judged: string): boolean {
  const r = new URL(result, 'http://x');
  const j = new URL(judged, 'http://x');
  const path = (u: URL) => (u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`);
  return path(r) === path(j) && (!j.hash || decodeURIComponent(j.hash) === decodeURIComponent(r.hash));
}

/** Types the query into the search page and reads the rendered answer. */
export async function readSearchPage(page: Page, query: string): Promise<{ results: string[]; state: string; corrected: string }> {
  await page.locator('#search-q').fill(query);
  await page.waitForFunction((q) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === q, query, { timeout: 15_000 });
  return page.evaluate(() => {
    const list = document.querySelector('[data-search-results]')!;
    return {
      results: [...list.querySelectorAll('a[data-result]')].map((a) => a.getAttribute('href') ?? ''),
      state: list.getAttribute('data-state') ?? '',
      corrected: [list.getAttribute('data-corrected'), list.getAttribute('data-missing') && `缺：${list.getAttribute('data-missing')}`]
        .filter(Boolean)
        .join(' '),
    };
  });
}

export function scoreRow(query: ReaderQuery, results: string[], state: string, corrected = ''): ReaderRow {
  const any = (urls: string[], list: string[]) => list.some((r) => urls.some((u) => urlMatches(r, u)));
  const noArticle = state === 'no-article' || results.length === 0;
  const first = results.slice(0, 1);
  return {
    query,
    results,
    state,
    corrected,
    p1: !noArticle && any(query.relevant, first) ? 1 : 0,
    r5: any([...query.relevant, ...query.partial], results.slice(0, 5)) ? 1 : 0,
    honest: noArticle || (query.partial.length > 0 && any(query.partial, first)) ? 1 : 0,
  };
}

export async function evaluateReaders(page: Page, queries: ReaderQuery[]): Promise<ReaderRow[]> {
  const rows: ReaderRow[] = [];
  for (const q of queries) {
    const { results, state, corrected } = await readSearchPage(page, q.q);
    rows.push(scoreRow(q, results, state, corrected));
  }
  return rows;
}

export interface KindSummary {
  kind: string;
  n: number;
  /** P@1 and R@5 for answerable kinds; the honest rate for unanswerable. */
  p1?: number;
  r5?: number;
  honest?: number;
}

export function summarizeReaders(rows: ReaderRow[]): KindSummary[] {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);
  const group = (kind: string, rs: ReaderRow[]): KindSummary =>
    kind === 'unanswerable'
      ? { kind, n: rs.length, honest: mean(rs.map((r) => r.honest)) }
      : { kind, n: rs.length, p1: mean(rs.map((r) => r.p1)), r5: mean(rs.map((r) => r.r5)) };
  const answerable = rows.filter((r) => r.query.kind !== 'unanswerable');
  const out = [group('answerable', answerable)];
  for (const kind of READER_KINDS) {
    const rs = rows.filter((r) => r.query.kind === kind);
    if (rs.length) out.push(group(kind, rs));
  }
  return out;
}

export function formatReaderReport(label: string, rows: ReaderRow[], showMisses = true): string {
  const f = (x?: number) => (x === undefined ? '—' : x.toFixed(2));
  const lines = [`${label}（${rows.length} 条）`, '| 类型 | 条数 | P@1 | R@5 | 如实说没有 |', '|---|---|---|---|---|'];
  for (const s of summarizeReaders(rows)) lines.push(`| ${s.kind} | ${s.n} | ${f(s.p1)} | ${f(s.r5)} | ${f(s.honest)} |`);
  if (showMisses) {
    for (const r of rows) {
      const bad = r.query.kind === 'unanswerable' ? r.honest < 1 : r.p1 < 1 || r.r5 < 1;
      if (!bad) continue;
      const want =
        r.query.kind === 'unanswerable' ? `（应说没有${r.query.partial.length ? `，或先给 ${r.query.partial.join(' ')}` : ''}）` : r.query.relevant.join(' ');
      const fix = r.corrected ? ` 纠错为“${r.corrected}”` : '';
      lines.push(`  [${r.query.kind}] ${r.query.q}${fix}: 期望 ${want} → ${r.state} ${r.results.slice(0, 5).join(' ') || '（无结果）'}`);
    }
  }
  return lines.join('\n');
}
