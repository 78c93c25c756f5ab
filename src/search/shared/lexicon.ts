import type { GlossaryEntry } from '../../schemas/glossary.ts';

/**
 * The search vocabulary shared by the indexer (Node, at build time) and the search
 * worker (browser): domain words that must stay whole, synonym groups, stopwords and
 * a traditional→simplified character map. Built from content/ data, never hand-coded.
 */
export interface SearchLexicon {
  /** Domain words kept whole by the segmenter (glossary terms, aliases, dictionary.txt). */
  words: string[];
  /** Groups of interchangeable words; a page containing one also matches the others. */
  synonyms: string[][];
  /**
   * A reader's word → the site's word for it (说脏话 → 辱骂, 滞纳金 → 罚息). In queries only:
   * searched as typed (readers' questions and some pages use it) and as the site's word.
   */
  readerWords?: Record<string, string>;
  /** Query words ignored when other words remain (的、吗、怎么办…). */
  stopwords: string[];
  /** Traditional → simplified characters, restricted to characters the site uses. */
  t2s: Record<string, string>;
  /** Per page kind, query words that show the reader wants that kind (模板 → 文书模板). */
  kindHints?: Partial<Record<string, string[]>>;
  /** Names of single institutions and products (institutions.txt): a page titled with one is about that one only. */
  institutions?: string[];
  /** Glossary entries, suggested when a search finds nothing. */
  glossary?: GlossaryEntry[];
  /** Extra Pagefind indexes to merge (large sites are split; see writeSearchIndex). */
  shards?: string[];
  /** Pagefind ranking weights (see ranking.ts). */
  ranking?: Record<string, number>;
}

/** Parses a word-list file: one entry per line, `#` comments and blank lines ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** The pinyin map for query correction, next to search-data.json (see correct-query.ts). */
export const SEARCH_PINYIN_FILE = 'search-pinyin.json';
