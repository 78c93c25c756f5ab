/// <reference lib="webworker" />
/**
 * Search runs here, off the main thread. Pagefind is loaded inside this worker, where
 * it cannot read the page's lang="zh-CN" and so does not re-split our query with its
 * own segmenter: the words we send are the words the index was built with.
 */
import type { PinyinMap, QueryCorrector } from '../../search/shared/correct-query.ts';
import { singleCharacterRuns } from '../../search/shared/judge-answer.ts';
import { SEARCH_PINYIN_FILE } from '../../search/shared/lexicon.ts';
import { SEARCH_FIRST_RESULTS, SEARCH_MORE_RESULTS } from '../../search/shared/search-limits.ts';
import type { CompactLexicon } from '../../search/shared/omit-derivable-words.ts';
import { restoreLexiconWords } from '../../search/shared/restore-lexicon-words.ts';
import { runSearch, type PagefindLike, type SearchResponse } from '../../search/shared/run-search.ts';
import { createSegmenter, type Segmenter } from '../../search/shared/segmenter.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { suggestTerms } from '../../search/shared/suggest-terms.ts';

export interface SearchRequest {
  id: number;
  query: string;
  filters: Record<string, string>;
  /** Most results (search-limits.ts); the first search of a query asks for fewer. */
  limit: number;
}

/** The worker's answer to one SearchRequest. */
export type SearchReply = { id: number; ok: true; response: SearchResponse; suggestions: GlossaryEntry[] } | { id: number; ok: false; message: string };

let ready: Promise<{
  pagefind: PagefindLike;
  segmenter: Segmenter;
  kindHints: Partial<Record<string, string[]>>;
  glossary: GlossaryEntry[];
  words: string[];
  institutions: string[];
}> | null = null;
let corrector: Promise<QueryCorrector> | null = null;

/**
 * The corrector, whose pinyin map (about 11 KB gzipped) is fetched only once a query has
 * a Chinese word that is neither a domain word nor scaffolding, or adjacent single
 * characters (征|心): 上门催收 and 逾期多久上征信 never need it.
 */
function correctorFor(query: string, segmenter: Segmenter, words: string[]): Promise<QueryCorrector> | null {
  if (!corrector) {
    const unknown =
      singleCharacterRuns(query, segmenter).length > 0 ||
      segmenter.tokenize(query).some((t) => /^\p{Script=Han}{2,}$/u.test(t) && !segmenter.isDomainWord(t) && !segmenter.isStopword(t));
    if (!unknown) return null;
    // The correction code is a separate chunk, loaded with the map.
    corrector = Promise.all([
      import('../../search/shared/correct-query.ts'),
      fetch(`${self.location.origin}/${SEARCH_PINYIN_FILE}`).then((r) => r.json() as Promise<PinyinMap>),
    ]).then(([{ createCorrector }, pinyin]) => createCorrector(words.map(segmenter.normalize), pinyin));
  }
  return corrector;
}

function load() {
  ready ??= (async () => {
    const origin = self.location.origin;
    const [lexicon, pagefind] = await Promise.all([
      fetch(`${origin}/search-data.json`).then(async (r) => restoreLexiconWords((await r.json()) as CompactLexicon)),
      import(/* @vite-ignore */ `${origin}/pagefind/pagefind.js`) as Promise<
        PagefindLike & { options(o: object): Promise<void>; mergeIndex(url: string, options?: object): Promise<void> }
      >,
    ]);
    await pagefind.options({ excerptLength: 0, ranking: lexicon.ranking });
    for (const shard of lexicon.shards ?? []) await pagefind.mergeIndex(`${origin}${shard}`, { ranking: lexicon.ranking });
    return {
      pagefind,
      segmenter: createSegmenter(lexicon),
      kindHints: lexicon.kindHints ?? {},
      glossary: lexicon.glossary ?? [],
      words: lexicon.words,
      institutions: lexicon.institutions ?? [],
    };
  })();
  return ready;
}

self.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
  const { id, query, filters, limit } = event.data;
  try {
    const { pagefind, segmenter, kindHints, glossary, words, institutions } = await load();
    const fixer = await correctorFor(query, segmenter, words);
    // Our own page sends the limit; bounded all the same, as any message a worker reads.
    const bounded = Math.min(Math.max(1, Math.floor(Number(limit) || SEARCH_FIRST_RESULTS)), SEARCH_MORE_RESULTS);
    const response = await runSearch({ pagefind, segmenter, query, filters, limit: bounded, kindHints, glossary, corrector: fixer, institutions });
    const suggestions = response.hits.length === 0 || response.noArticle ? suggestTerms(response.corrected ?? query, glossary) : [];
    self.postMessage({ id, ok: true, response, suggestions } satisfies SearchReply);
  } catch (error) {
    ready = null;
    corrector = null;
    self.postMessage({ id, ok: false, message: String(error) } satisfies SearchReply);
  }
});
