import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/search/build/build-search-index';
import { serveStatic } from '../../scripts/serve.mjs';
import { distractorPages } from '../helpers/generate-distractors';
import { openPage, url, useBrowser } from '../helpers/browser';
import { evaluate, formatReport, searchInPage, summarize, type EvalQuery } from './run-eval';

const queries = JSON.parse(readFileSync('tests/search/eval-queries.json', 'utf8')) as EvalQuery[];
const browser = useBrowser();

async function searchPage(base: string): Promise<Page> {
  const { page } = await openPage(browser());
  await page.goto(new URL('/search/', base).href);
  return page;
}

describe('search quality on the real content', () => {
  it('has a labelled set of at least 40 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
  });

  it('finds the expected pages in the top 5 (recall ≥ 0.95) and the right page first ≥ 90% of the time', async () => {
    const page = await searchPage(url('/'));
    const rows = await evaluate(page, queries);
    console.log(formatReport('真实内容', rows));
    const s = summarize(rows);
    // Was 1.0 with the first 16 articles; with 62 articles a few multi-page queries lose one expected
    // page from the top five (0.953 measured 2026-12-01, reported in docs/quality.md). Raise it back, never lower it.
    expect(s.recallAt5).toBeGreaterThanOrEqual(0.95);
    expect(s.precisionAt1).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('gives identical results whatever order the queries run in', async () => {
    const page = await searchPage(url('/'));
    const forward: Record<string, string[]> = {};
    for (const q of queries) forward[q.query] = await searchInPage(page, q.query);
    // Same page, no reload: chunks loaded by earlier queries must not change later answers.
    const shuffled = [...queries].reverse().sort((a, b) => (a.query.length % 3) - (b.query.length % 3));
    for (const q of shuffled) expect(await searchInPage(page, q.query), q.query).toEqual(forward[q.query]);
  }, 300_000);
});

describe('search quality with 1,000 near-miss distractor pages', () => {
  const dir = 'tests/.tmp/distractor-index';
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const extraPages = distractorPages(1000, 1500);
    expect(extraPages).toHaveLength(1000);
    await buildSearchIndex({ siteDir: 'dist', contentDir: 'content', outputDir: dir, extraPages });
    server = await serveStatic({ root: 'dist', overlays: { '/pagefind/': `${dir}/pagefind`, '/search-data.json': `${dir}/search-data.json` } });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('keeps the real articles on top (precision@1 ≥ 0.9)', async () => {
    const page = await searchPage(server.url);
    const rows = await evaluate(page, queries);
    console.log(formatReport('加入 1,000 个干扰页面', rows));
    const s = summarize(rows);
    expect(s.precisionAt1).toBeGreaterThanOrEqual(0.9);
    for (const r of rows)
      expect(
        r.results.slice(0, 1).every((u) => !u.startsWith('/distractors/')),
        r.query,
      ).toBe(true);
  }, 300_000);
});
