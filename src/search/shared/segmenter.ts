// Over 200 lines on purpose: the index and the query must segment identically, so everything
// that decides a token (normalisation, dictionary cut, sub-words, synonyms, stopwords) stays in
// this one file that both sides import.
import type { SearchLexicon } from './lexicon.ts';
import { NUMBER, NUMBER_UNITS, spellNumberForms } from './spell-number-forms.ts';

/** Marks text indexed for matching only (sub-words, synonyms, tag and question-word lists); excerpts strip it. */
export const INJECT_OPEN = '⟦';
export const INJECT_CLOSE = '⟧';

const HAN_ONLY = /^\p{Script=Han}+$/u;

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
  /**
   * The same, split in two: the original words, and the marked sub-words and synonyms
   * (indexed with a lower weight, so a page that says the word itself ranks first).
   */
  indexParts(text: string): { words: string; extras: string };
  /** Query words (stopwords dropped unless nothing else is left), without duplicates. */
  queryTokens(text: string): string[];
  /**
   * The forms a page may write the query word in, the word itself first (3年, 三年; 骂我, 辱骂
   * for a reader's word). Searched one by one: the index holds only the form the page wrote.
   */
  formsOf(token: string): string[];
  /**
   * The word, its other forms, its synonyms and, for a reader's word, the site's word, its synonyms
   * and the other readers' words for it (先还哪家: 还款顺序, 先还哪个).
   */
  variantsOf(token: string): string[];
  /** Is this normalised token a domain word (glossary, dictionary, synonyms)? */
  isDomainWord(token: string): boolean;
  /** Is this normalised token question scaffolding (stopwords.txt)? */
  isStopword(token: string): boolean;
}

/**
 * Letters and the number glued to them (LPR4倍 → lpr|4|倍, iPhone15 → iphone|15), unless the
 * whole is a domain word (M3): pages write the name and the number apart (LPR 的 4 倍).
 */
function splitLettersFromNumber(piece: Piece): Piece[] {
  const m = /^([a-z]+)(\d+)$/.exec(piece.norm);
  if (!m) return [piece];
  const cut = piece.start + m[1]!.length;
  return [
    { start: piece.start, end: cut, word: true, norm: m[1]! },
    { start: cut, end: piece.end, word: true, norm: m[2]! },
  ];
}

/** “X不X / X没X”, X captured. */
export const YES_NO_QUESTION = /(\p{Script=Han})[不没]\1/gu;

/**
 * A yes-no question's “X不X / X没X” (管不管, 行不行, 算不算) is scaffolding like 会不会:
 * it becomes X, a lone character, and its negation is not the reader's (还不还 asks, 不还 says).
 */
export function collapseYesNoQuestions(text: string): string {
  return text.replace(YES_NO_QUESTION, '$1');
}

/**
 * A number and its unit become one word (3|年 → 3年, 九十|天 → 九十天, 3|个|月 → 3个月), also
 * when ICU glued the unit to the next word (15|天内 → 15天|内, 3|年前 → 3年|前).
 */
function joinNumberUnits(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    out.push(piece);
    if (!piece.word || !NUMBER.test(piece.norm)) continue;
    let unit = '';
    for (let k = i + 1; k < Math.min(pieces.length, i + 4); k++) {
      const next = pieces[k]!;
      if (!next.word || next.start !== pieces[k - 1]!.end) break;
      const before = unit.length;
      unit += next.norm;
      if (NUMBER_UNITS.includes(unit)) {
        out[out.length - 1] = { start: piece.start, end: next.end, word: true, norm: piece.norm + unit };
        i = k;
        break;
      }
      // The longest unit that ends inside this piece (NUMBER_UNITS lists longer units first):
      // the rest of the piece is a word of its own.
      const glued = NUMBER_UNITS.find((u) => u.length > before && u.length < unit.length && unit.startsWith(u));
      if (glued) {
        const cut = next.start + (glued.length - before);
        out[out.length - 1] = { start: piece.start, end: cut, word: true, norm: piece.norm + glued };
        out.push({ start: cut, end: next.end, word: true, norm: next.norm.slice(glued.length - before) });
        i = k;
        break;
      }
    }
  }
  return out;
}

/**
 * One segmentation for both sides of search. The index is built in Node and queries
 * are split in the browser with this same code: Intl.Segmenter (ICU, shipped by both
 * runtimes) proposes words, and each run of Chinese is then re-cut to prefer domain
 * words over ICU's guesses and ICU's words over single characters (see cutHanRun), so
 * domain words are split the same way on both sides, whatever the context.
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
  // A reader's word is searched as typed (readers' questions in the index use it: 骂我) and as the site's word (辱骂).
  const siteWordOf = new Map(Object.entries(lexicon.readerWords ?? {}).map(([said, site]) => [normalize(said), normalize(site)]));
  /** The readers' words for each site word: 先还哪家 and 先还哪个 both say 还款顺序. */
  const readerWordsOf = new Map<string, string[]>();
  for (const [said, site] of siteWordOf) readerWordsOf.set(site, [...(readerWordsOf.get(site) ?? []), said]);

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

  // Cheapest way to cut a run of Han characters: domain words cost least, then ICU's
  // own words, then single characters. 催收取证 → 催收|取证 (ICU says 催|收取|证), while
  // 特征信息 stays 特征|信息 (cutting out 征信 would leave two single characters).
  const COST = { domain: 1, icu: 1.1, single: 1.5 };
  const cutHanRun = (run: string, icuEnds: Map<number, number[]>): [number, number][] => {
    const n = run.length;
    const best = new Array<number>(n + 1).fill(Infinity);
    const back = new Array<number>(n + 1).fill(-1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity) continue;
      const relax = (end: number, cost: number) => {
        if (best[i]! + cost < best[end]! - 1e-9) {
          best[end] = best[i]! + cost;
          back[end] = i;
        }
      };
      for (let len = Math.min(maxWordLength, n - i); len >= 2; len--) {
        if (words.has(run.slice(i, i + len))) relax(i + len, COST.domain);
      }
      for (const end of icuEnds.get(i) ?? []) relax(end, end - i > 1 ? COST.icu : COST.single);
      relax(i + 1, COST.single);
    }
    const cuts: [number, number][] = [];
    for (let end = n; end > 0; end = back[end]!) cuts.unshift([back[end]!, end]);
    return cuts;
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
      if (!first.word || !HAN_ONLY.test(first.norm)) {
        out.push(first);
        i += 1;
        continue;
      }
      // A run of adjacent Han words, re-cut as a whole.
      let j = i;
      while (j + 1 < raw.length && raw[j + 1]!.word && HAN_ONLY.test(raw[j + 1]!.norm)) j += 1;
      const runStart = first.start;
      const run = normalized.slice(runStart, raw[j]!.end);
      const icuEnds = new Map<number, number[]>();
      for (let k = i; k <= j; k++) {
        const from = raw[k]!.start - runStart;
        icuEnds.set(from, [raw[k]!.end - runStart]);
      }
      for (const [from, to] of cutHanRun(run, icuEnds)) {
        out.push({ start: runStart + from, end: runStart + to, word: true, norm: run.slice(from, to) });
      }
      i = j + 1;
    }
    return joinNumberUnits(out.flatMap((p) => (p.word && !words.has(p.norm) ? splitLettersFromNumber(p) : [p])));
  };

  const tokenize = (text: string) =>
    pieces(text)
      .filter((p) => p.word)
      .map((p) => p.norm);

  /** Original words (punctuation kept) each followed by its marked sub-words and synonyms. */
  const indexWords = (text: string, withExtras: boolean): string[] => {
    const out: string[] = [];
    for (const p of pieces(text)) {
      const original = text.slice(p.start, p.end);
      if (!p.word) {
        if (original.trim()) out.push(original.trim());
        continue;
      }
      out.push(original);
      if (!withExtras) continue;
      for (const extra of [...subWordsOf(p.norm), ...(synonymsOf.get(p.norm) ?? [])]) {
        out.push(`${INJECT_OPEN}${extra}${INJECT_CLOSE}`);
      }
    }
    return out;
  };

  return {
    normalize,
    pieces,
    tokenize,
    indexText(text) {
      return indexWords(text, true).join(' ');
    },
    indexParts(text) {
      const all = indexWords(text, true);
      return {
        words: all.filter((w) => !w.startsWith(INJECT_OPEN)).join(' '),
        extras: all.filter((w) => w.startsWith(INJECT_OPEN)).join(' '),
      };
    },
    queryTokens(text) {
      const typed = [...new Set(tokenize(collapseYesNoQuestions(text)))];
      // A reader's word next to its site word (骂人 辱骂) is one word.
      const tokens = typed.filter((t) => !typed.includes(siteWordOf.get(t) ?? ''));
      // Stopwords and lone Chinese characters (不、让、找…) only narrow the search by
      // accident; they are dropped when the query has longer words to go on.
      const meaningful = tokens.filter((t) => !stopwords.has(t));
      const substantial = meaningful.filter((t) => !(t.length === 1 && HAN_ONLY.test(t)));
      if (substantial.length > 0) return substantial;
      return meaningful.length > 0 ? meaningful : tokens;
    },
    formsOf(token) {
      const forms = spellNumberForms(token) ?? [token];
      const site = siteWordOf.get(token);
      return site ? [...forms, site] : forms;
    },
    variantsOf(token) {
      const site = siteWordOf.get(token);
      const variants = [...(spellNumberForms(token) ?? [token]), ...(synonymsOf.get(token) ?? [])];
      return site ? [...new Set([...variants, site, ...(synonymsOf.get(site) ?? []), ...(readerWordsOf.get(site) ?? [])])] : variants;
    },
    isDomainWord: (token) => words.has(token),
    isStopword: (token) => stopwords.has(token),
  };
}
