import type { Page } from 'playwright-core';
import { resultUrls, waitForQuery } from '../helpers/search';

export interface EvalQuery {
  query: string;
  expected: string[];
  note?: string;
}

export interface EvalRow {
  query: string;
  expected: string[];
  results: string[];
  recallAt5: number;
  precisionAt1: number;
  reciprocalRank: number;
}

/** Path only, no #anchor or query, trailing slash kept: /glossary/#x → /glossary/. */
export const normalizeUrl = (href: string) => {
  const url = new URL(href, 'http://x');
  return url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
};

/**
 * Types a query into the real search page (worker, segmenter, Pagefind) and returns the
 * result URLs in order, once the page has rendered the answer to exactly that query.
 */
export async function searchInPage(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  await waitForQuery(page, query);
  return (await resultUrls(page)).map(normalizeUrl);
}

export async function evaluate(page: Page, queries: EvalQuery[]): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const q of queries) {
    const results = await searchInPage(page, q.query);
    const expected = q.expected.map(normalizeUrl);
    const top5 = results.slice(0, 5);
    const firstHit = results.findIndex((r) => expected.includes(r));
    rows.push({
      query: q.query,
      expected,
      results,
      recallAt5: expected.filter((e) => top5.includes(e)).length / expected.length,
      precisionAt1: results[0] !== undefined && expected.includes(results[0]) ? 1 : 0,
      reciprocalRank: firstHit === -1 ? 0 : 1 / (firstHit + 1),
    });
  }
  return rows;
}

export function summarize(rows: EvalRow[]) {
  const mean = (f: (r: EvalRow) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
  return { queries: rows.length, recallAt5: mean((r) => r.recallAt5), precisionAt1: mean((r) => r.precisionAt1), mrr: mean((r) => r.reciprocalRank) };
}

export function formatReport(label: string, rows: EvalRow[]): string {
  const s = summarize(rows);
  const misses = rows
    .filter((r) => r.recallAt5 < 1 || r.precisionAt1 < 1)
    .map((r) => `  ${r.query}: 期望 ${r.expected.join(' ')} → 实得 ${r.results.slice(0, 5).join(' ') || '（无结果）'}`);
  return [
    `${label}: ${s.queries} 条查询  recall@5 = ${s.recallAt5.toFixed(3)}  precision@1 = ${s.precisionAt1.toFixed(3)}  MRR = ${s.mrr.toFixed(3)}`,
    ...misses,
  ].join('\n');
}
