import { openBuildCache } from '../../integrations/build-cache.ts';
import { renderInWorkers } from '../../integrations/render-in-workers.ts';
import type { SearchLexicon } from '../shared/lexicon.ts';
import { createSegmenter } from '../shared/segmenter.ts';
import { parseIndexedBody } from './extract-page.ts';
import { PAGES_IN_FLIGHT, SEARCH_WORKER } from './extract-built-pages.ts';
import { fingerprintSegmentation, pickT2s } from './fingerprint-search.ts';
import type { SearchPageTask } from './search-page-worker.ts';
import { type PageMeta, toIndexHtml } from './to-index-html.ts';
import { readFileSync } from 'node:fs';

/** A built page ready to be segmented. */
export interface SitePage {
  file: string;
  digest: string;
  range?: [number, number];
  /** Distinct characters of the page's HTML (ExtractedPage.chars). */
  chars: string;
  meta: PageMeta;
  weight: number;
}

/** One page's Pagefind input, read when Pagefind needs it. */
export interface PagefindInput {
  url: string;
  /** Identifies the input (same id, same HTML); undefined for pages that are not cached. */
  id?: string;
  html: () => string;
}

/**
 * Each page's Pagefind input (toIndexHtml of its body), cached by the page's HTML, its
 * metadata, the t2s entries it uses (pickT2s) and the segmentation fingerprint, so a rebuild segments only the pages that
 * changed, unless the lexicon or the code did. Missing inputs are made on every core in
 * worker threads and go straight to the cache, so the site's inputs are never all in memory.
 */
export async function segmentBuiltPages(pages: readonly SitePage[], lexicon: SearchLexicon, code: string): Promise<PagefindInput[]> {
  // Exactly what the fingerprint covers reaches the workers.
  const segmentation: SearchLexicon = { words: lexicon.words, synonyms: lexicon.synonyms, stopwords: lexicon.stopwords, t2s: lexicon.t2s };
  const fingerprint = fingerprintSegmentation(code, segmentation);
  const cache = openBuildCache('search-pages', fingerprint);
  const keys = new Map<SitePage, string[]>();
  const keyOf = (p: SitePage) => {
    let key = keys.get(p);
    if (!key) {
      const meta = JSON.stringify(p.meta);
      key = [p.digest, meta, String(p.weight), JSON.stringify(pickT2s(lexicon.t2s, p.chars + meta))];
      keys.set(p, key);
    }
    return key;
  };
  const missing = pages.filter((p) => !cache.get(keyOf(p)));
  if (missing.length)
    await renderInWorkers<SearchPageTask>(
      SEARCH_WORKER,
      missing.map(({ file, range, meta, weight }) => ({ task: 'segment', file, range, meta, weight })),
      (i, output) => cache.set(keyOf(missing[i]!), Buffer.from(output)),
      segmentation,
      PAGES_IN_FLIGHT,
    );
  cache.prune();
  let segmenter: ReturnType<typeof createSegmenter> | undefined;
  return pages.map((p) => ({
    url: p.meta.url,
    id: [fingerprint, ...keyOf(p)].join('\0'),
    html: () => {
      const cached = cache.get(keyOf(p));
      if (cached) return cached.toString('utf8');
      // Pruned meanwhile by another build sharing the cache: made here instead.
      segmenter ??= createSegmenter(segmentation);
      return toIndexHtml(parseIndexedBody(readFileSync(p.file, 'utf8'), p.range), p.meta, segmenter, p.weight);
    },
  }));
}
