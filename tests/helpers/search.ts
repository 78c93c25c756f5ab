import type { Page } from 'playwright-core';

/**
 * Waits until the search page has rendered its answer to exactly `query` (the results
 * list's data-query), so no test sleeps or passes before the worker has answered.
 */
export async function waitForQuery(page: Page, query: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((q) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === q, query, { timeout });
}

/** The result links' hrefs, in order. */
export function resultUrls(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] a[data-result]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}
