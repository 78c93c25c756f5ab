import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import * as pagefind from 'pagefind';
import { readArticles, readProcesses } from '../../content-files.ts';
import { articlePath } from '../../utils/paths.ts';
import { listBuiltPages } from '../../utils/list-built-pages.ts';
import { buildPinyinMap } from './build-pinyin-map.ts';
import { buildT2sMap } from './build-t2s-map.ts';
import { SEARCH_PINYIN_FILE, type SearchLexicon } from '../shared/lexicon.ts';
import { loadLexicon } from './load-lexicon.ts';
import { PAGE_KINDS } from '../shared/page-kinds.ts';
import { SEARCH_RANKING } from '../shared/ranking.ts';
import { createSegmenter } from '../shared/segmenter.ts';
import { toIndexHtml, type PageMeta } from './to-index-html.ts';

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

function findElement(node: Element | { children: unknown[] }, test: (e: Element) => boolean): Element | null {
  for (const child of node.children as Element[]) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

const isIndexedBody = (e: Element) => e.properties?.dataPagefindBody !== undefined;

/** Process id → short name, from content/processes/*.yaml (validated by the process schema). */
function loadProcessNames(contentDir: string): Map<string, string> {
  return new Map(readProcesses(contentDir).map((p) => [p.id, p.shortName]));
}

const split = (v: unknown) =>
  v
    ? String(v)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/**
 * Indexes the built site with Pagefind using the shared segmenter: every page that has
 * data-pagefind-body is rewritten (see toIndexHtml) and added through Pagefind's Node
 * API, then the lexicon the browser needs is written to search-data.json.
 */
export async function buildSearchIndex(options: BuildSearchIndexOptions): Promise<BuildSearchIndexStats> {
  const started = performance.now();
  const outputDir = options.outputDir ?? options.siteDir;
  const lexicon = loadLexicon(options.contentDir);
  const processNames = loadProcessNames(options.contentDir);
  const questionsByPath = new Map(readArticles(options.contentDir).map((a) => [articlePath(a.id), a.data.questions]));

  const pages: IndexablePage[] = [];
  let corpus = lexicon.words.join('');
  for (const { file, path } of listBuiltPages(options.siteDir)) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const body = findElement(tree, isIndexedBody);
    if (!body) continue;
    const description = findElement(tree, (e) => e.tagName === 'meta' && e.properties?.name === 'description');
    const h1 = findElement(body, (e) => e.tagName === 'h1');
    const kind = String(body.properties?.dataSearchKind ?? PAGE_KINDS.page);
    const meta: PageMeta = {
      url: path,
      title: String(body.properties?.dataSearchTitle ?? (h1 ? toText(h1).trim() : '')),
      summary: String(description?.properties?.content ?? ''),
      kind,
      category: body.properties?.dataSearchCategory ? String(body.properties.dataSearchCategory) : undefined,
      tags: split(body.properties?.dataSearchTags),
      // Process types an article concerns are search keywords too (消费贷 / 网贷, 信用卡).
      keywords: split(body.properties?.dataSearchProcesses).map((id) => processNames.get(id) ?? id),
      processes: split(body.properties?.dataSearchProcesses),
      questions: questionsByPath.get(path) ?? [],
    };
    // The parsed page is not kept: 10,000 parsed pages would hold gigabytes until Pagefind
    // is done. It is parsed again when it is handed to Pagefind.
    pages.push({ meta, body: () => findElement(fromHtml(readFileSync(file, 'utf8')), isIndexedBody)!, weight: Number(body.properties?.dataSearchWeight ?? 1) });
    corpus += meta.title + toText(body) + (meta.questions ?? []).join('');
  }
  const sitePages = pages.length;
  for (const extra of options.extraPages ?? []) {
    pages.push(extra);
    corpus += extra.meta.title;
  }
  // A reader's word the pages themselves use (呆账, 黑名单) already matches as typed; only
  // words the site never uses are replaced by the site's word in queries.
  const pageText = corpus.slice(lexicon.words.join('').length);
  lexicon.readerWords = Object.fromEntries(Object.entries(lexicon.readerWords ?? {}).filter(([said]) => !pageText.includes(said)));
  await writeSearchIndex(pages, lexicon, corpus, outputDir);
  return { pages: sitePages, seconds: (performance.now() - started) / 1000 };
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
 * Runs Pagefind over pages already rewritten with our segmentation and writes the
 * bundle to outputDir/pagefind plus the browser's lexicon to outputDir/search-data.json.
 * `corpus` is the text whose characters get a traditional→simplified mapping.
 */
export async function writeSearchIndex(pages: IndexablePage[], lexicon: SearchLexicon, corpus: string, outputDir: string): Promise<void> {
  lexicon.t2s = buildT2sMap(corpus);
  const segmenter = createSegmenter(lexicon);
  const shards: string[] = [];
  // Pagefind holds a whole index in memory while writing it (about 1 GB per 1,000 long
  // articles), so a large site is written as several indexes, one at a time, which the
  // search worker merges. Sites up to SHARD_SIZE pages get one ordinary index.
  for (let start = 0, n = 0; start < Math.max(pages.length, 1); start += SHARD_SIZE, n++) {
    const name = n === 0 ? 'pagefind' : `pagefind-${n}`;
    await writeOneIndex(pages.slice(start, start + SHARD_SIZE), segmenter, join(outputDir, name), n === 0);
    if (n > 0) shards.push(`/${name}/`);
  }
  mkdirSync(outputDir, { recursive: true });
  for (const f of readdirSync(outputDir)) if (/^pagefind-\d+$/.test(f) && !shards.includes(`/${f}/`)) rmSync(join(outputDir, f), { recursive: true });
  writeFileSync(join(outputDir, 'search-data.json'), JSON.stringify({ ...lexicon, ranking: SEARCH_RANKING, shards }));
  // Fetched by the worker only for a query that may hold a misspelt word (see correct-query.ts).
  writeFileSync(join(outputDir, SEARCH_PINYIN_FILE), JSON.stringify(buildPinyinMap(corpus)));
}

/** Pages per Pagefind index; see writeSearchIndex. */
export const SHARD_SIZE = 1500;

async function writeOneIndex(pages: IndexablePage[], segmenter: ReturnType<typeof createSegmenter>, bundle: string, primary: boolean): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const body = typeof page.body === 'function' ? page.body() : page.body;
      const result = await index.addHTMLFile({ url: page.meta.url, content: toIndexHtml(body, page.meta, segmenter, page.weight) });
      if (result.errors.length) throw new Error(`${page.meta.url}: ${result.errors.join('; ')}`);
    }
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
    // Pagefind's bundled UIs are not used (the site has its own search page); merged
    // shards need only their index files, not another copy of the code.
    for (const f of readdirSync(bundle)) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f) || (!primary && /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(f)))
        rmSync(join(bundle, f));
    }
  } finally {
    // Closing the Pagefind process between indexes hands its memory back.
    await pagefind.close();
  }
}
