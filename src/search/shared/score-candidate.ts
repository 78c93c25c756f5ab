// The ranking's arithmetic apart from the search, so an evaluation can replay a query's candidates
// with other weights (scripts/replay-ranking.ts) and get exactly what the browser would rank.

/** How much a title containing all the query's words adds to a page's relative score. */
export const TITLE_BONUS = 0.5;
/**
 * How much a page whose title, short answer, headings, tags and reader questions hold
 * the query's content words adds: those say what the page is about, the body only
 * what it mentions.
 */
export const ABOUT_BONUS = 0.5;
/**
 * What a page gains, times the share of the query's weight its closest reader question holds: one
 * question asking the same thing (催收天天骂我恐吓我怎么办 for 催收员骂我) says more than the words
 * scattered over the page's other questions and headings.
 */
export const QUESTION_MATCH_BONUS = 0.5;
/** Only for whole questions: one or two words (网贷逾期, 債務) are in many pages' questions and would only add noise. */
export const QUESTION_MATCH_MIN_WORDS = 3;
/** What a page gains whose title, short answer, headings or questions hold all the query's lone characters. */
export const LONE_CHARACTER_BONUS = 0.2;
/**
 * What a page holding every query word (Pagefind's own semantics) adds. A bonus, not a rank of
 * its own: the one page that holds 5万 or 催收员 somewhere in its body would otherwise come
 * before the page whose title and questions are about the query (信用卡透支5万会判刑吗).
 */
export const FULL_MATCH_BONUS = 0.5;
/** What a query that asks for a kind of page (模板, 计算器…) adds to pages of that kind. */
export const KIND_BONUS = 0.8;
/** What a tool page loses when the query does not ask for a tool. */
export const UNASKED_TOOL_PENALTY = 0.5;
/**
 * What a template loses when the query does not ask for a letter: its reader questions
 * (网贷催收半夜打电话怎么向平台投诉) share the situation's words, but a reader who describes the
 * situation wants the article that explains it first.
 */
export const UNASKED_TEMPLATE_PENALTY = 0.3;
/**
 * What a page loses whose title names one institution or its products
 * (content/search/institutions.txt: 中银消费金融; 蚂蚁消费金融 花呗 借呗) when the query
 * names none of them: such a page repeats the generic words (逾期, 催收电话, 上门) in every reader
 * question, so it would win generic queries from the pages that answer for every lender.
 */
export const UNNAMED_INSTITUTION_PENALTY = 1.2;

/** What the ranking knows of one candidate page; shares are 0–1. */
export interface RankingFeatures {
  /** Pagefind's score relative to the first candidate's. */
  pagefind: number;
  /** Share of the query's words that are whole words of the title. */
  title: number;
  /** Share of the query's weight in the title, short answer, reader questions, tags and headings. */
  about: number;
  /** Share of the query's lone characters found there. */
  lone: number;
  /** Share of the query's weight in the closest reader question; 0 below QUESTION_MATCH_MIN_WORDS words. */
  question: number;
  /** The page is of a kind the query asks for (模板, 计算器…). */
  askedKind: boolean;
  /** A tool page the query does not ask for. */
  unaskedTool: boolean;
  /** A template the query does not ask for. */
  unaskedTemplate: boolean;
  /** Its title names one institution the query does not. */
  unnamedInstitution: boolean;
  /** It holds every query word (or is a template asked for that lacks one). */
  full: boolean;
}

export type RankingWeights = Record<Exclude<keyof RankingFeatures, 'pagefind'>, number>;

/** The weights the site ranks with. */
export const RANKING_WEIGHTS: RankingWeights = {
  title: TITLE_BONUS,
  about: ABOUT_BONUS,
  lone: LONE_CHARACTER_BONUS,
  question: QUESTION_MATCH_BONUS,
  askedKind: KIND_BONUS,
  unaskedTool: -UNASKED_TOOL_PENALTY,
  unaskedTemplate: -UNASKED_TEMPLATE_PENALTY,
  unnamedInstitution: -UNNAMED_INSTITUTION_PENALTY,
  full: FULL_MATCH_BONUS,
};

/** Candidates best first by scoreCandidate; equal scores keep Pagefind's order. */
export function rankCandidates<T extends { features: RankingFeatures; order: number }>(
  candidates: readonly T[],
  weights: RankingWeights = RANKING_WEIGHTS,
): T[] {
  const scored = candidates.map((c) => ({ c, score: scoreCandidate(c.features, weights) }));
  return scored.sort((a, b) => b.score - a.score || a.c.order - b.c.order).map((s) => s.c);
}

/** A candidate's score: Pagefind's relative score plus each feature times its weight. */
export function scoreCandidate(features: RankingFeatures, weights: RankingWeights = RANKING_WEIGHTS): number {
  let score = features.pagefind;
  for (const key of Object.keys(weights) as (keyof RankingWeights)[]) score += weights[key] * Number(features[key]);
  return score;
}
