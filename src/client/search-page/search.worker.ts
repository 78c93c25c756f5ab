/// <reference lib="webworker" />
/**
 * Search runs here, off the main thread. Pagefind is loaded inside this worker, where
 * it cannot read the page's lang="zh-CN" and so does not re-split our query with its
 * own segmenter: the words we send are the words the index was built with.
 */
import type { SearchLexicon } from '../../search/shared/lexicon.ts';
import { runSearch, type PagefindLike, type SearchResponse } from '../../search/shared/run-search.ts';
import { createSegmenter, type Segmenter } from '../../search/shared/segmenter.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { suggestTerms } from '../../search/shared/suggest-terms.ts';

export interface SearchRequest {
  id: number;
  query: string;
  filters: Record<string, string>;
}

/** The worker's answer to one SearchRequest. */
export type SearchReply = { id: number; ok: true; response: SearchResponse; suggestions: GlossaryEntry[] } | { id: number; ok: false; message: string };

let ready: Promise<{ pagefind: PagefindLike; segmenter: Segmenter; kindHints: Partial<Record<string, string[]>>; glossary: GlossaryEntry[] }> | null = null;

function load() {
  ready ??= (async () => {
    const origin = self.location.origin;
    const [lexicon, pagefind] = await Promise.all([
      fetch(`${origin}/search-data.json`).then((r) => r.json() as Promise<SearchLexicon>),
      import(/* @vite-ignore */ `${origin}/pagefind/pagefind.js`) as Promise<
        PagefindLike & { options(o: object): Promise<void>; mergeIndex(url: string, options?: object): Promise<void> }
      >,
    ]);
    await pagefind.options({ excerptLength: 0, ranking: lexicon.ranking });
    for (const shard of lexicon.shards ?? []) await pagefind.mergeIndex(`${origin}${shard}`, { ranking: lexicon.ranking });
    return { pagefind, segmenter: createSegmenter(lexicon), kindHints: lexicon.kindHints ?? {}, glossary: lexicon.glossary ?? [] };
  })();
  return ready;
}

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
  const { id, query, filters } = event.data;
  try {
    const { pagefind, segmenter, kindHints, glossary } = await load();
    const response = await runSearch({ pagefind, segmenter, query, filters, limit: 10, kindHints });
    const suggestions = response.hits.length === 0 ? suggestTerms(query, glossary) : [];
    self.postMessage({ id, ok: true, response, suggestions } satisfies SearchReply);
  } catch (error) {
    ready = null;
    self.postMessage({ id, ok: false, message: String(error) } satisfies SearchReply);
  }
});
