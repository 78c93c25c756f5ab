import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { SearchLexicon } from '../shared/lexicon.ts';

/**
 * What the cached search outputs (see index-built-pages.ts) depend on besides their
 * page: the indexer's and segmenter's code (every file of src/search/build and
 * src/search/shared) and the installed packages that parse, print and index HTML
 * (package-lock.json). A change to any of them makes every cached entry a miss.
 */
export function fingerprintSearchCode(): string {
  const hash = createHash('sha256');
  for (const folder of ['../build/', '../shared/']) {
    const dir = new URL(folder, import.meta.url);
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.ts'))
        hash
          .update(name)
          .update('\0')
          .update(readFileSync(new URL(name, dir)))
          .update('\0');
    }
  }
  hash.update(readFileSync(new URL('../../../package-lock.json', import.meta.url)));
  return hash.digest('hex');
}

/**
 * Fingerprint of a page's Pagefind input besides the page itself: the code, and the
 * parts of the lexicon toIndexHtml reads through the segmenter (domain words, synonyms,
 * stopwords, and the t2s map, which depends on the text of all pages). Reader words are
 * left out on purpose: they change queries only, never the index.
 */
export function fingerprintSegmentation(code: string, lexicon: SearchLexicon): string {
  const { words, synonyms, stopwords, t2s } = lexicon;
  return createHash('sha256').update(code).update('\0').update(JSON.stringify({ words, synonyms, stopwords, t2s })).digest('hex');
}
