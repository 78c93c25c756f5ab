import type { Segmenter } from './segmenter.ts';

/**
 * Whether a page answers a query, judged by the query's content words: domain words
 * (征信, 催收, 支付令) count most, other words less, lone characters hardly at all, and
 * question scaffolding (了, 会不会, 怎么办) is already gone from the tokens. A page
 * whose indexed text (synonyms and sub-words included) holds too little of that
 * weight is shown as a nearby page, never as the answer.
 */

/** Below this share of the query's weight the top page is not presented as the answer. */
export const ANSWER_COVERAGE = 0.55;

export function tokenWeight(token: string, segmenter: Segmenter): number {
  if (segmenter.isDomainWord(token)) return 2;
  if (/^\p{Script=Han}$/u.test(token)) return 0.25;
  return 1;
}

/** Share of the tokens' weight found in `text` (normalised, spaces ignored), 0–1. */
export function measureCoverage(tokens: readonly string[], text: string, segmenter: Segmenter): number {
  const key = segmenter.normalize(text).replace(/\s+/g, '');
  let total = 0;
  let found = 0;
  for (const token of tokens) {
    const weight = tokenWeight(token, segmenter);
    total += weight;
    if (segmenter.variantsOf(token).some((v) => key.includes(v))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * Runs of two or more adjacent single Chinese characters that are not scaffolding:
 * what is left of a word the lexicon and ICU do not know (公积金 → 公|积|金, 提额 → 提|额).
 */
export function singleCharacterRuns(text: string, segmenter: Segmenter): string[] {
  const runs: string[] = [];
  let run = '';
  let end = -1;
  const flush = () => {
    if ([...run].length >= 2) runs.push(run);
    run = '';
  };
  for (const piece of segmenter.pieces(text)) {
    // Negations are grammar, not names (不给借, 别找).
    const single = piece.word && /^\p{Script=Han}$/u.test(piece.norm) && !segmenter.isStopword(piece.norm) && !/[不没别未]/.test(piece.norm);
    if (!single || piece.start !== end) flush();
    if (single) run += piece.norm;
    end = piece.end;
  }
  flush();
  return runs;
}
