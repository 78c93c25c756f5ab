import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { openBuildCache } from '../../integrations/build-cache.ts';
import { readArticles, readProcesses, readTemplates } from '../../content-files.ts';
import { articlePath, templatePath } from '../../utils/paths.ts';
import { buildPinyinMap } from './build-pinyin-map.ts';
import { buildT2sMap } from './build-t2s-map.ts';
import { SEARCH_PINYIN_FILE, type SearchLexicon } from '../shared/lexicon.ts';
import { loadLexicon } from './load-lexicon.ts';
import { omitDerivableWords } from '../shared/omit-derivable-words.ts';
import { SEARCH_RANKING } from '../shared/ranking.ts';
import { createSegmenter } from '../shared/segmenter.ts';
import { extractBuiltPages } from './extract-built-pages.ts';
import { fingerprintSearchCode } from './fingerprint-search.ts';
import { type PagefindInput, type SitePage, segmentBuiltPages } from './segment-built-pages.ts';
import { toIndexHtml, type PageMeta } from './to-index-html.ts';
import { writePagefindIndex } from './write-pagefind-index.ts';

export interface BuildSearchIndexOptions {
  /** Built site (Astro's dist/). */
  siteDir: string;
  contentDir: string;
  /** Where pagefind/ and search-data.json are written; defaults to siteDir. */
  outputDir?: string;
  /** Pages indexed in addition to the built site (the search evaluation adds synthetic ones). */
  extraPages?: IndexablePage[];
}

export interface BuildSearchIndexStats {
  /** Pages of the built site that were indexed (extra pages not counted). */
  pages: number;
  seconds: number;
}

/** Process id → short name, from content/processes/*.yaml (validated by the process schema). */
function loadProcessNames(contentDir: string): Map<string, string> {
  return new Map(readProcesses(contentDir).map((p) => [p.id, p.shortName]));
}

/**
 * Indexes the built site with Pagefind using the shared segmenter: every page that has
 * data-pagefind-body is rewritten (see toIndexHtml) and added through Pagefind's Node
 * API, then the lexicon the browser needs is written to search-data.json. Each step whose
 * output depends only on its input is cached (see extractBuiltPages, segmentBuiltPages
 * and writePagefindIndex), so a rebuild after editing one article redoes that article's share.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<BuildSearchIndexStats> {
  const started = performance.now();
  const outputDir = options.outputDir ?? options.siteDir;
  const lexicon = loadLexicon(options.contentDir);
  const processNames = loadProcessNames(options.contentDir);
  const questionsByPath = new Map([
    ...readArticles(options.contentDir).map((a) => [articlePath(a.id), a.data.questions] as const),
    ...readTemplates(options.contentDir).map((t) => [templatePath(t.id), t.data.questions] as const),
  ]);

  // The characters of all indexed text (for the t2s and pinyin maps), gathered page by
  // page from each page's distinct characters, in the order the text has them.
  const corpusChars = new Set(lexicon.words.join(''));
  const addChars = (text: string) => {
    for (const ch of text) corpusChars.add(ch);
  };
  const sitePages: SitePage[] = [];
  for (const { file, path, digest, page } of await extractBuiltPages(options.siteDir, fingerprintSearchCode())) {
    const meta: PageMeta = {
      url: path,
      title: page.title,
      summary: page.summary,
      kind: page.kind,
      category: page.category,
      tags: page.tags,
      // Process types an article concerns are search keywords too (消费贷 / 网贷, 信用卡).
      keywords: page.processes.map((id) => processNames.get(id) ?? id),
      processes: page.processes,
      questions: questionsByPath.get(path) ?? [],
    };
    sitePages.push({ file, digest, range: page.range, chars: page.chars, meta, weight: page.weight });
    const questions = (meta.questions ?? []).join('');
    addChars(page.textChars);
    addChars(questions);
  }
  const pages = options.extraPages ?? [];
  for (const extra of pages) {
    addChars(extra.meta.title);
  }
  await writeSearchIndex(pages, lexicon, [...corpusChars].join(''), outputDir, sitePages);
  return { pages: sitePages.length, seconds: (performance.now() - started) / 1000 };
}

/** A page body made of plain text paragraphs (synthetic pages in evaluations and benchmarks). */
export function textBody(text: string): Element {
  return {
    type: 'element',
    tagName: 'main',
    properties: {},
    children: text
      .split('\n')
      .filter(Boolean)
      .map((p) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: p }] })),
  };
}

export interface IndexablePage {
  meta: PageMeta;
  /** The indexed element, or a function that reads it when Pagefind needs it. */
  body: Element | (() => Element);
  weight: number;
}

/**
 * Runs Pagefind over the pages, rewritten with our segmentation, and writes the bundle
 * to outputDir/pagefind plus the browser's lexicon to outputDir/search-data.json.
 * `corpus` is the text whose characters get a traditional→simplified mapping.
 * `sitePages` (pages of a built site, indexed first) are segmented in worker threads and
 * cached; `pages` (synthetic ones) are segmented here.
 */
export async function writeSearchIndex(
  pages: IndexablePage[],
  lexicon: SearchLexicon,
  corpus: string,
  outputDir: string,
  sitePages: readonly SitePage[] = [],
): Promise<void> {
  lexicon.t2s = buildT2sMap(corpus);
  const code = fingerprintSearchCode();
  const segmenter = createSegmenter(lexicon);
  const inputs: PagefindInput[] = [
    ...(sitePages.length ? await segmentBuiltPages(sitePages, lexicon, code) : []),
    ...pages.map((page) => ({
      url: page.meta.url,
      html: () => toIndexHtml(typeof page.body === 'function' ? page.body() : page.body, page.meta, segmenter, page.weight),
    })),
  ];
  const indexCache = openBuildCache('search-indexes', code);
  const shards: string[] = [];
  // Pagefind holds a whole index in memory while writing it (about 1 GB per 1,000 long
  // articles), so a large site is written as several indexes, one at a time, which the
  // search worker merges. Sites up to SHARD_SIZE pages get one ordinary index.
  for (let start = 0, n = 0; start < Math.max(inputs.length, 1); start += SHARD_SIZE, n++) {
    const name = n === 0 ? 'pagefind' : `pagefind-${n}`;
    await writePagefindIndex(inputs.slice(start, start + SHARD_SIZE), join(outputDir, name), n === 0, indexCache);
    if (n > 0) shards.push(`/${name}/`);
  }
  // Only a build of the site alone keeps the cache the size of the site (an evaluation's
  // synthetic pages would otherwise drop the site's indexes from it).
  if (pages.length === 0) indexCache.prune();
  mkdirSync(outputDir, { recursive: true });
  for (const f of readdirSync(outputDir)) if (/^pagefind-\d+$/.test(f) && !shards.includes(`/${f}/`)) rmSync(join(outputDir, f), { recursive: true });
  writeFileSync(join(outputDir, 'search-data.json'), JSON.stringify({ ...omitDerivableWords(lexicon), ranking: SEARCH_RANKING, shards }));
  // Fetched by the worker only for a query that may hold a misspelt word (see correct-query.ts).
  writeFileSync(join(outputDir, SEARCH_PINYIN_FILE), JSON.stringify(buildPinyinMap(corpus)));
}

/** Pages per Pagefind index; see writeSearchIndex. */
export const SHARD_SIZE = 1500;
