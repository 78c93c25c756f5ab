import { type Piece, type Segmenter, YES_NO_QUESTION } from './segmenter.ts';

/** Negations are grammar, never part of a name (不给借, 别找, 不要|接). */
const NEGATION = /[不没别未]/;

/**
 * Whether a page answers a query, judged by the query's content words: domain words
 * (征信, 催收, 支付令) count most, other words less, lone characters hardly at all, and
 * question scaffolding (了, 会不会, 怎么办) is already gone from the tokens. A page
 * whose indexed text (synonyms and sub-words included) holds too little of that
 * weight is shown as a nearby page, never as the answer.
 */

/** Below this share of the query's weight the top page is not presented as the answer. */
export const ANSWER_COVERAGE = 0.55;

/**
 * Whether the search says the site has no article on the query: a content word no page holds
 * (`missing`), or the first page's title, short answer, questions, tags and headings hold too
 * little of the query's weight (`coverage`, as coverageOfKey measures it).
 */
export function saysNoArticle(first: { coverage: number } | undefined, missing: readonly string[]): boolean {
  return first !== undefined && (missing.length > 0 || first.coverage < ANSWER_COVERAGE);
}

export function tokenWeight(token: string, segmenter: Segmenter): number {
  if (segmenter.isDomainWord(token)) return 2;
  if (/^\p{Script=Han}$/u.test(token)) return 0.25;
  return 1;
}

/** Share of the tokens' weight found in `text` (normalised, spaces ignored), 0–1. */
export function measureCoverage(tokens: readonly string[], text: string, segmenter: Segmenter): number {
  return coverageOfKey(tokens, segmenter.normalize(text).replace(/\s+/g, ''), segmenter);
}

/** The same for text already normalised without spaces, so one text can be measured for several token lists. */
export function coverageOfKey(tokens: readonly string[], key: string, segmenter: Segmenter): number {
  let total = 0;
  let found = 0;
  for (const token of tokens) {
    const weight = tokenWeight(token, segmenter);
    total += weight;
    if (segmenter.variantsOf(token).some((v) => key.includes(v))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/** A run of single characters with the words right before and after it (empty when none is adjacent). */
interface CharacterRun {
  run: string;
  before: string;
  after: string;
}

/**
 * Runs of two or more adjacent single Chinese characters that are not scaffolding:
 * what is left of a word the lexicon and ICU do not know (公积金 → 公|积|金, 提额 → 提|额).
 */
export function singleCharacterRuns(text: string, segmenter: Segmenter): string[] {
  return findCharacterRuns(text, segmenter).map((r) => r.run);
}

function findCharacterRuns(text: string, segmenter: Segmenter): CharacterRun[] {
  const runs: CharacterRun[] = [];
  const pieces = segmenter.pieces(text);
  // A content word (two or more characters, not scaffolding) touching the run, or ''.
  const wordAt = (i: number, touches: number, side: 'start' | 'end') => {
    const p = pieces[i];
    return p?.word && p[side] === touches && [...p.norm].length >= 2 && !segmenter.isStopword(p.norm) ? p.norm : '';
  };
  let run = '';
  let first = -1;
  let end = -1;
  const flush = (next: number) => {
    // A run that is scaffolding itself (靠|谱 of 靠谱吗) is not a name.
    if ([...run].length >= 2 && !segmenter.isStopword(run)) {
      runs.push({ run, before: wordAt(first - 1, pieces[first]!.start, 'end'), after: wordAt(next, end, 'start') });
    }
    run = '';
  };
  for (const [i, piece] of pieces.entries()) {
    const single = piece.word && /^\p{Script=Han}$/u.test(piece.norm) && !segmenter.isStopword(piece.norm) && !NEGATION.test(piece.norm);
    if (!single || piece.start !== end) flush(i);
    if (single) {
      if (!run) first = i;
      run += piece.norm;
    }
    end = piece.end;
  }
  flush(pieces.length);
  return runs;
}

/** What follows a name, not a verb (分期乐是哪家、拍拍贷吗): after 寄|来, 背|着 the character is a verb. */
const NAME_ENDINGS = new Set(['是', '吗', '呢', '吧', '啊', '呀', '嘛']);

/**
 * Names in a short query that none of the pages found contains: what the query is about,
 * and the site lacks it. Four shapes of a name the lexicon does not know:
 * - a run of single characters (公积金 → 公|积|金, 提额): the stretch of it no adjacent pair on the
 *   pages covers (抖音 of 抖音月付), after giving a character that ends the word before it or begins
 *   the word after it on the pages back to that word (调解|员, 坐|高铁);
 * - a word ICU knows that no page contains (拍拍 of 拍拍贷);
 * - a word with one character attached (分期|乐, 拍拍|贷): the pairs across the joins are on no page;
 * - a Latin word no page contains (ETC).
 * `found` says whether the pages found contain a normalised string.
 */
export function findUnknownNames(text: string, segmenter: Segmenter, found: (s: string) => boolean): string[] {
  const names: string[] = [];
  for (const { run: whole, before, after } of findCharacterRuns(text, segmenter)) {
    // A character that ends the word before it or begins the word after it on the pages
    // (调解|员 → 调解员, 坐|高铁 → 坐高铁) belongs to that word, not to a name.
    let run = whole;
    if (before && found(before + run[0])) run = run.slice(1);
    if (after && run.length >= 2 && found(run.at(-1) + after)) run = run.slice(0, -1);
    // The stretches no adjacent pair on the pages covers: 抖音月付 with 月付 on the pages leaves 抖音.
    const chars = [...run];
    const covered = chars.map(() => false);
    for (let i = 0; i + 1 < chars.length; i++) if (found(chars[i]! + chars[i + 1]!)) covered[i] = covered[i + 1] = true;
    for (const stretch of chars
      .map((ch, i) => (covered[i] ? ' ' : ch))
      .join('')
      .split(' ')) {
      if ([...stretch].length >= 2) names.push(stretch);
    }
  }
  // The X of a yes-no question's X不X (砍头息|算|不算) is the verb asked about, never part of a name.
  const asked = new Set([...text.matchAll(YES_NO_QUESTION)].map((m) => m.index));
  const all = segmenter.pieces(text).filter((p) => p.word || p.norm.trim());
  const pieces = all.filter((p) => p.word && /^\p{Script=Han}+$/u.test(p.norm));
  const isWord = (p: Piece | undefined) => p !== undefined && p.norm.length >= 2 && !segmenter.isStopword(p.norm);
  for (const [i, piece] of pieces.entries()) {
    if (isWord(piece) && !segmenter.isDomainWord(piece.norm) && !segmenter.variantsOf(piece.norm).some(found)) names.push(piece.norm);
    if (piece.norm.length !== 1 || segmenter.isStopword(piece.norm) || NEGATION.test(piece.norm) || asked.has(piece.start)) continue;
    // A name's last character (拍拍|贷, 分期|乐): joined to the word before it and followed by
    // another word or nothing. Before a word (坐|高铁) or a particle (寄|来, 背|着) it is a verb.
    // After a negation (不要|接) it is a verb too.
    const left = pieces[i - 1]?.end === piece.start && isWord(pieces[i - 1]) && !NEGATION.test(pieces[i - 1]!.norm[0]!) ? pieces[i - 1]! : undefined;
    const next = all[all.indexOf(piece) + 1];
    const ends = next === undefined || !next.word || (isWord(next) && next.start === piece.end) || NAME_ENDINGS.has(next.norm);
    if (left && ends && !found(left.norm.slice(-1) + piece.norm)) names.push(left.norm + piece.norm);
  }
  // A Latin name the lexicon does not know (ETC, POS): pages would write it as it is.
  for (const piece of all) {
    if (piece.word && /^[a-z]{2,}$/.test(piece.norm) && !segmenter.isDomainWord(piece.norm) && !segmenter.isStopword(piece.norm) && !found(piece.norm))
      names.push(piece.norm);
  }
  return [...new Set(names)];
}
