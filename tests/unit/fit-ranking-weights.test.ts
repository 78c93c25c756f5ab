import { describe, expect, it } from 'vitest';
import { RANKING_WEIGHTS, type RankingFeatures, rankCandidates } from '@/search/shared/score-candidate';
import { fitRankingWeights } from '../../scripts/fit-ranking-weights.ts';

const base: RankingFeatures = {
  pagefind: 1,
  title: 0,
  about: 0,
  lone: 0,
  question: 0,
  askedKind: false,
  unaskedTool: false,
  unaskedTemplate: false,
  unnamedInstitution: false,
  full: true,
};

// Twelve queries where the right page always has the query in its title, but Pagefind's
// score prefers a wrong page half of the time: the site's weights (title 0.5) miss those.
const queries = Array.from({ length: 12 }, (_, i) => {
  const features: RankingFeatures[] = [
    { ...base, pagefind: i % 2 ? 0.4 : 1, title: 1, about: 0.5 },
    { ...base, pagefind: i % 2 ? 1 : 0.6, about: 0.5 },
    { ...base, pagefind: 0.5, about: 0.25 },
  ];
  return { features, relevant: [true, false, false] };
});
const firstIsRight = (weights: typeof RANKING_WEIGHTS) =>
  queries.filter(
    (q) =>
      rankCandidates(
        q.features.map((features, order) => ({ features, order })),
        weights,
      )[0]!.order === 0,
  ).length;

describe('fitting all ranking weights at once (replay-ranking.ts --fit)', () => {
  it('finds weights that put the judged page first where the site weights do not', () => {
    const fitted = fitRankingWeights(queries);
    expect(firstIsRight(RANKING_WEIGHTS)).toBe(6);
    expect(firstIsRight(fitted)).toBe(12);
    expect(fitted.title).toBeGreaterThan(RANKING_WEIGHTS.title);
  });

  it('says in Chinese when no query can teach anything (no right page among the candidates)', () => {
    expect(() => fitRankingWeights([{ features: [base, base], relevant: [false, false] }])).toThrow(/没有可用来拟合的查询/);
  });

  it('refuses to rescale when Pagefind’s score ends up with no positive weight', () => {
    const against = Array.from({ length: 6 }, () => ({
      features: [
        { ...base, pagefind: 0.2 },
        { ...base, pagefind: 1 },
      ],
      relevant: [true, false],
    }));
    expect(() => fitRankingWeights(against)).toThrow(/Pagefind 分数权重不是正数/);
  });
});
