import { measureCoverage } from './judge-answer.ts';
import type { Segmenter } from './segmenter.ts';

/** Joins the questions in the Pagefind meta field (Pagefind turns newlines into spaces). */
export const QUESTION_SEPARATOR = '｜';

/** The share of the query's weight a question must hold to be shown on the result card. */
export const QUESTION_SHOWN_COVERAGE = 0.5;

/**
 * The reader question of a page (its `questions:` in frontmatter) that shares most of
 * the query's content words, shown on the result card so a reader sees “this page is
 * about my question”; null unless it holds at least half of the query's weight.
 */
export function pickQuestion(questions: readonly string[], tokens: readonly string[], segmenter: Segmenter): string | null {
  const best = findClosestQuestion(questions, tokens, segmenter);
  return best && best.coverage >= QUESTION_SHOWN_COVERAGE ? best.question : null;
}

/** The reader question holding the largest share of the query's weight (the first of equals), or null when there are none. */
export function findClosestQuestion(
  questions: readonly string[],
  tokens: readonly string[],
  segmenter: Segmenter,
): { question: string; coverage: number } | null {
  let best: { question: string; coverage: number } | null = null;
  for (const question of questions) {
    const coverage = measureCoverage(tokens, question, segmenter);
    if (!best || coverage > best.coverage) best = { question, coverage };
  }
  return best;
}
