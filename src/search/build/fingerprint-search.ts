import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from '../../utils/hash-files.ts';
import type { SearchLexicon } from '../shared/lexicon.ts';

/**
 * What the cached search outputs (extract-built-pages.ts, segment-built-pages.ts) depend on besides their
 * page: the indexer's and segmenter's code (every file of src/search/build and
 * src/search/shared) and the installed packages that parse, print and index HTML
 * (package-lock.json). A change to any of them makes every cached entry a miss.
 */
export function fingerprintSearchCode(): string {
  // The code does not change while a build runs; the extract and segment steps both ask.
  searchCode ??= hashFiles(
    projectRoot,
    ['src/search/build', 'src/search/shared']
      .flatMap((folder) =>
        readdirSync(join(projectRoot, folder))
          .filter((name) => name.endsWith('.ts'))
          .sort()
          .map((name) => `${folder}/${name}`),
      )
      .concat('package-lock.json'),
  );
  return searchCode;
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let searchCode: string | undefined;

/**
 * Fingerprint of every page's Pagefind input besides the page itself: the code, and the
 * parts of the lexicon toIndexHtml reads through the segmenter (domain words, synonyms,
 * stopwords, with the t2s entries their normalisation uses). Reader words are left out
 * on purpose: they change queries only, never the index. The rest of the t2s map depends
 * on the text of all pages; each page's key holds the entries it uses (see pickT2s).
 */
export function fingerprintSegmentation(code: string, lexicon: SearchLexicon): string {
  const { words, synonyms, stopwords, t2s } = lexicon;
  const used = pickT2s(t2s, [...words, ...synonyms.flat(), ...stopwords].join(''));
  return createHash('sha256').update(code).update('\0').update(JSON.stringify({ words, synonyms, stopwords, used })).digest('hex');
}

const normalized = new Map<string, string>();

/**
 * The t2s entries the segmenter looks up for the characters of `text` (it maps each
 * character, NFKC-normalised and lower-cased, one by one): a page's segmentation depends
 * on these entries only, so a character new to the site (which adds an entry for its
 * traditional form) does not make every other page's cached input stale.
 */
export function pickT2s(t2s: Record<string, string>, text: string): [string, string][] {
  const used = new Map<string, string>();
  for (const ch of new Set(text)) {
    let n = normalized.get(ch);
    if (n === undefined) {
      n = ch.normalize('NFKC').toLowerCase();
      normalized.set(ch, n);
    }
    if (Object.hasOwn(t2s, n)) used.set(n, t2s[n]!);
  }
  return [...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
