// One thread of the indexer's pool (extract-built-pages.ts and segment-built-pages.ts): reads a built page and
// either extracts its search metadata and text, or segments its body for Pagefind.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchLexicon } from '../shared/lexicon.ts';
import { createSegmenter, type Segmenter } from '../shared/segmenter.ts';
import { extractPage, parseIndexedBody } from './extract-page.ts';
import { type PageMeta, toIndexHtml } from './to-index-html.ts';

export type SearchPageTask = { task: 'extract'; file: string } | { task: 'segment'; file: string; range?: [number, number]; meta: PageMeta; weight: number };

const encoder = new TextEncoder();
let segmenter: Segmenter | undefined;

parentPort?.on('message', ({ id, input }: { id: number; input: SearchPageTask }) => {
  try {
    const html = readFileSync(input.file, 'utf8');
    if (input.task === 'extract') {
      parentPort?.postMessage({ id, output: encoder.encode(JSON.stringify(extractPage(html))) });
    } else {
      segmenter ??= createSegmenter(workerData as SearchLexicon);
      const out = toIndexHtml(parseIndexedBody(html, input.range), input.meta, segmenter, input.weight);
      parentPort?.postMessage({ id, output: encoder.encode(out) });
    }
  } catch (error) {
    parentPort?.postMessage({ id, error: `${input.file}: ${String(error)}` });
  }
});
