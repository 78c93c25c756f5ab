import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openBuildCache } from '../../integrations/build-cache.ts';
import { renderInWorkers } from '../../integrations/render-in-workers.ts';
import { listBuiltPages } from '../../utils/list-built-pages.ts';
import type { ExtractedPage } from './extract-page.ts';
import type { SearchPageTask } from './search-page-worker.ts';

/** A built page that has a data-pagefind-body, with what extractPage read from it. */
export interface BuiltPage {
  file: string;
  /** URL path (/articles/x/). */
  path: string;
  /** SHA-256 of the page's HTML: the cache key of everything derived from it. */
  digest: string;
  page: ExtractedPage;
}

export const SEARCH_WORKER = new URL('./search-page-worker.ts', import.meta.url);

/** Pages queued at each worker (see renderInWorkers): a page takes a few milliseconds. */
export const PAGES_IN_FLIGHT = 8;

/**
 * Every indexable page of the built site in path order, each parsed once: from the cache
 * when the same HTML was read before (a rebuild parses only changed pages), otherwise
 * on every core in worker threads. Unused cache entries are pruned.
 */
export async function extractBuiltPages(siteDir: string, code: string): Promise<BuiltPage[]> {
  const cache = openBuildCache('search-extract', code);
  const listed = listBuiltPages(siteDir).map(({ file, path }) => ({ file, path, digest: createHash('sha256').update(readFileSync(file)).digest('hex') }));
  const found: (ExtractedPage | null)[] = [];
  const missing: number[] = [];
  listed.forEach(({ digest }, i) => {
    const cached = cache.get(digest);
    if (cached) found[i] = JSON.parse(cached.toString('utf8'));
    else missing.push(i);
  });
  const decoder = new TextDecoder();
  await renderInWorkers<SearchPageTask>(
    SEARCH_WORKER,
    missing.map((i) => ({ task: 'extract', file: listed[i]!.file })),
    (n, output) => {
      const i = missing[n]!;
      cache.set(listed[i]!.digest, Buffer.from(output));
      found[i] = JSON.parse(decoder.decode(output));
    },
    undefined,
    PAGES_IN_FLIGHT,
  );
  cache.prune();
  return listed.flatMap((p, i) => (found[i] ? [{ ...p, page: found[i] }] : []));
}
