// Fits all ranking weights at once to judged queries (not shipped; used by replay-ranking.ts --fit).
// One-at-a-time sweeps only move one weight; this asks whether any combination of the same
// features ranks the judged pages first more often.
import { RANKING_WEIGHTS, type RankingFeatures, type RankingWeights } from '../src/search/shared/score-candidate.ts';

/** One judged query: its candidates' features and which candidates are a right answer. */
export interface JudgedCandidates {
  features: readonly RankingFeatures[];
  relevant: readonly boolean[];
}

/** Pagefind's score first (its weight is the scale), then the features scoreCandidate weighs, as the site lists them. */
const FEATURE_KEYS = ['pagefind', ...Object.keys(RANKING_WEIGHTS)] as (keyof RankingFeatures)[];

/**
 * Pagefind's relative score is capped for the fit: in a list of partial matches it compares scores
 * of different words and reaches 70, and one such page would swamp every gradient step.
 */
const PAGEFIND_CAP = 3;

const toVector = (f: RankingFeatures) => FEATURE_KEYS.map((k) => (k === 'pagefind' ? Math.min(f.pagefind, PAGEFIND_CAP) : Number(f[k])));

/**
 * Weights that maximise the likelihood of a right page coming first (softmax over each query's
 * candidates, L2-penalised), rescaled so Pagefind's relative score weighs 1 as in scoreCandidate.
 * Precondition: at least one query with both a relevant and an irrelevant candidate.
 * Throws when the fit gives Pagefind's score no positive weight (the scale would be meaningless).
 */
export function fitRankingWeights(queries: readonly JudgedCandidates[], { lambda = 0.0003, iterations = 2000, rate = 0.3 } = {}): RankingWeights {
  const lists = queries.filter((q) => q.relevant.some(Boolean) && !q.relevant.every(Boolean)).map((q) => ({ x: q.features.map(toVector), y: q.relevant }));
  if (lists.length === 0) throw new Error('没有可用来拟合的查询：每条至少要有一个对的和一个不对的候选页');
  const w: number[] = FEATURE_KEYS.map(() => 0);
  for (let step = 0; step < iterations; step++) {
    const gradient = w.map((wi) => lambda * wi * lists.length);
    for (const { x, y } of lists) {
      const scores = x.map((v) => v.reduce((s, vi, i) => s + vi * w[i]!, 0));
      const top = Math.max(...scores);
      const p = scores.map((s) => Math.exp(s - top));
      const total = p.reduce((a, b) => a + b, 0);
      const right = p.reduce((a, pi, j) => a + (y[j] ? pi : 0), 0);
      // d(−log P(right first))/dw = E_all[x] − E_right[x]
      for (const [j, v] of x.entries()) {
        const share = p[j]! / total - (y[j] ? p[j]! / right : 0);
        for (const [i, vi] of v.entries()) gradient[i]! += share * vi;
      }
    }
    for (const i of w.keys()) w[i]! -= (rate * gradient[i]!) / lists.length;
  }
  const scale = w[0]!;
  if (!(scale > 0)) throw new Error(`拟合出的 Pagefind 分数权重不是正数（${scale.toFixed(3)}），无法换算成站点的权重`);
  return Object.fromEntries(FEATURE_KEYS.slice(1).map((k, i) => [k, w[i + 1]! / scale])) as RankingWeights;
}
