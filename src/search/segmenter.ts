import type { SearchLexicon } from './lexicon.ts';

/** Marks tokens added for matching only (sub-words, synonyms); excerpts strip them. */
export const INJECT_OPEN = '⟦';
export const INJECT_CLOSE = '⟧';

const HAN = /\p{Script=Han}/u;
const MAX_MERGE_PIECES = 8;

/** A word or separator of the original text; `norm` is its normalised form. */
export interface Piece {
  start: number;
  end: number;
  word: boolean;
  norm: string;
}

export interface Segmenter {
  /** NFKC, lower case, traditional → simplified, character by character (same length). */
  normalize(text: string): string;
  /** Words and separators in order, with domain words merged whole. */
  pieces(text: string): Piece[];
  /** Normalised words of the text in order. */
  tokenize(text: string): string[];
  /**
   * Text for the index: the original words separated by spaces (punctuation kept, so
   * excerpts read naturally once the spaces are removed), each followed by its marked
   * sub-words and synonyms.
   */
  indexText(text: string): string;
  /** Query words (stopwords dropped unless nothing else is left), without duplicates. */
  queryTokens(text: string): string[];
  /** The word and its synonyms, for highlighting. */
  variantsOf(token: string): string[];
}

/**
 * One segmentation for both sides of search. The index is built in Node and queries
 * are split in the browser with this same code: Intl.Segmenter (ICU, shipped by both
 * runtimes) proposes words, and adjacent pieces that together spell a domain word
 * (催|收 → 催收, 上门|催|收 → 上门催收) are merged, so domain words are split the same
 * way everywhere. Merging only joins whole ICU words, so 特征|信息 never yields 征信.
 */
export function createSegmenter(lexicon: SearchLexicon): Segmenter {
  const icu = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const t2s = new Map(Object.entries(lexicon.t2s));
  const normalize = (text: string) => {
    let out = '';
    for (const ch of text) {
      let n = ch.normalize('NFKC').toLowerCase();
      n = t2s.get(n) ?? n;
      out += n.length === ch.length ? n : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    }
    return out;
  };
  const words = new Set(lexicon.words.map(normalize));
  let maxWordLength = 2;
  for (const w of words) maxWordLength = Math.max(maxWordLength, w.length);
  const stopwords = new Set(lexicon.stopwords.map(normalize));

  const synonymsOf = new Map<string, string[]>();
  for (const group of lexicon.synonyms) {
    const members = [...new Set(group.map(normalize))];
    for (const m of members) {
      const others = members.filter((x) => x !== m);
      synonymsOf.set(m, [...new Set([...(synonymsOf.get(m) ?? []), ...others])]);
    }
  }
  // Dictionary words inside longer dictionary words: 上门催收 → 上门, 催收.
  const subWordCache = new Map<string, string[]>();
  const subWordsOf = (word: string): string[] => {
    let cached = subWordCache.get(word);
    if (cached) return cached;
    cached = [];
    for (let len = word.length - 1; len >= 2; len--) {
      for (let i = 0; i + len <= word.length; i++) {
        const part = word.slice(i, i + len);
        if (words.has(part) && !cached.includes(part)) cached.push(part);
      }
    }
    subWordCache.set(word, cached);
    return cached;
  };

  const pieces = (text: string): Piece[] => {
    const normalized = normalize(text);
    const raw: Piece[] = [];
    for (const s of icu.segment(normalized)) {
      raw.push({ start: s.index, end: s.index + s.segment.length, word: !!s.isWordLike, norm: s.segment });
    }
    const out: Piece[] = [];
    for (let i = 0; i < raw.length; ) {
      const first = raw[i]!;
      let best = first;
      let taken = 1;
      if (first.word && HAN.test(first.norm)) {
        let candidate = first.norm;
        for (let j = i + 1; j < raw.length && j - i < MAX_MERGE_PIECES; j++) {
          const piece = raw[j]!;
          if (!piece.word) break;
          candidate += piece.norm;
          if (candidate.length > maxWordLength) break;
          if (words.has(candidate)) {
            best = { start: first.start, end: piece.end, word: true, norm: candidate };
            taken = j - i + 1;
          }
        }
      }
      out.push(best);
      i += taken;
    }
    return out;
  };

  const tokenize = (text: string) => pieces(text).filter((p) => p.word).map((p) => p.norm);

  return {
    normalize,
    pieces,
    tokenize,
    indexText(text) {
      const out: string[] = [];
      for (const p of pieces(text)) {
        const original = text.slice(p.start, p.end);
        if (!p.word) {
          if (original.trim()) out.push(original.trim());
          continue;
        }
        out.push(original);
        for (const extra of [...subWordsOf(p.norm), ...(synonymsOf.get(p.norm) ?? [])]) {
          out.push(`${INJECT_OPEN}${extra}${INJECT_CLOSE}`);
        }
      }
      return out.join(' ');
    },
    queryTokens(text) {
      const tokens = [...new Set(tokenize(text))];
      const meaningful = tokens.filter((t) => !stopwords.has(t));
      return meaningful.length > 0 ? meaningful : tokens;
    },
    variantsOf(token) {
      return [token, ...(synonymsOf.get(token) ?? [])];
    },
  };
}
