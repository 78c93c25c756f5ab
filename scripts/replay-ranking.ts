// Replays the readers' evaluation queries with other ranking weights, without a browser (not a test).
// Runs each query once through the real search code against dist/ (Pagefind's own JS in Node), keeps
// the candidates and their ranking features, then re-ranks them offline for every weight tried:
//   npm run build && node scripts/replay-ranking.ts tests/search/eval-readers-tuning.json:tune tests/search/eval-readers-fresh-tuning.json
//   node scripts/replay-ranking.ts --check tests/search/eval-readers-tuning.json:check   # figures only, no per-weight search
//   node scripts/replay-ranking.ts --fit tests/search/eval-readers-tuning.json:tune tests/search/eval-readers-fresh-tuning.json
//     # all weights fitted at once (fit-ranking-weights.ts), each file measured with weights fitted on the others
// `file:tune` / `file:check` take the inner split of eval-search.ts (every third query is check).
// With the site's weights the replay must rank and judge (no article or not) exactly as the search did; it stops if not.
// Tune on the tuning files only; the held-out file is for the final figures.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCorrector, type PinyinMap } from '../src/search/shared/correct-query.ts';
import { saysNoArticle } from '../src/search/shared/judge-answer.ts';
import type { CompactLexicon } from '../src/search/shared/omit-derivable-words.ts';
import { restoreLexiconWords } from '../src/search/shared/restore-lexicon-words.ts';
import { type PagefindLike, runSearch, type SearchResponse } from '../src/search/shared/run-search.ts';
import { RANKING_WEIGHTS, type RankingWeights, rankCandidates } from '../src/search/shared/score-candidate.ts';
import { SEARCH_FIRST_RESULTS } from '../src/search/shared/search-limits.ts';
import { createSegmenter } from '../src/search/shared/segmenter.ts';
import { parseReaderQueries, type ReaderQuery } from '../tests/search/run-reader-eval.ts';
import { fitRankingWeights } from './fit-ranking-weights.ts';
import { serveStatic } from './serve.mjs';

const args = process.argv.slice(2);
const figuresOnly = args.includes('--check');
const fit = args.includes('--fit');
const specs = args.filter((a) => !a.startsWith('--'));
if (specs.length === 0) throw new Error('用法：node scripts/replay-ranking.ts [--check] <读者评测集.json[:tune|:check]> ...');

const dist = resolve('dist');
const server = await serveStatic({ root: dist });
const lexicon = restoreLexiconWords(JSON.parse(readFileSync(join(dist, 'search-data.json'), 'utf8')) as CompactLexicon);
const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindLike & {
  options(o: object): Promise<void>;
  mergeIndex(url: string, o?: object): Promise<void>;
};
await pagefind.options({ basePath: new URL('/pagefind/', server.url).href, excerptLength: 0, ranking: lexicon.ranking });
for (const shard of lexicon.shards ?? []) await pagefind.mergeIndex(new URL(shard, server.url).href, { ranking: lexicon.ranking });
const segmenter = createSegmenter(lexicon);
const pinyin = JSON.parse(readFileSync(join(dist, 'search-pinyin.json'), 'utf8')) as PinyinMap;
const corrector = createCorrector(lexicon.words.map(segmenter.normalize), pinyin);

const path = (url: string) => url.replace(/[?#].*$/, '');
interface Replayed {
  query: ReaderQuery;
  response: SearchResponse;
  spec: string;
}

const replayed: Replayed[] = [];
try {
  for (const spec of specs) {
    const [file, part] = spec.split(':') as [string, string | undefined];
    const queries = parseReaderQueries(readFileSync(file, 'utf8'), file).filter((_, i) => !part || (part === 'check') === (i % 3 === 2));
    for (const query of queries) {
      const response = await runSearch({
        pagefind,
        segmenter,
        query: query.q,
        limit: SEARCH_FIRST_RESULTS,
        kindHints: lexicon.kindHints,
        glossary: lexicon.glossary,
        corrector,
        institutions: lexicon.institutions,
        explain: true,
      });
      replayed.push({ query, response, spec });
    }
  }
} finally {
  await server.close();
}

/** The first page and the answer state the search would show with these weights. */
function rerank({ response }: Replayed, weights: RankingWeights) {
  const top = rankCandidates(response.candidates ?? [], weights)[0];
  return { first: top ? path(top.url) : '', noArticle: saysNoArticle(top, response.missing ?? []) };
}

/** P@1 and the honest no-article rate, as run-reader-eval.ts counts them; weights may differ by query (cross-validation). */
function measure(weights: RankingWeights | ((r: Replayed) => RankingWeights), rows: readonly Replayed[] = replayed) {
  let answerable = 0;
  let right = 0;
  let unanswerable = 0;
  let honest = 0;
  for (const r of rows) {
    const { first, noArticle } = rerank(r, typeof weights === 'function' ? weights(r) : weights);
    const among = (urls: readonly string[]) => urls.some((u) => path(u) === first);
    if (r.query.kind === 'unanswerable') {
      unanswerable += 1;
      if (noArticle || !first || among(r.query.partial)) honest += 1;
    } else {
      answerable += 1;
      if (!noArticle && among(r.query.relevant)) right += 1;
    }
  }
  return { p1: right / Math.max(answerable, 1), honest: honest / Math.max(unanswerable, 1), right, answerable, honestCount: honest, unanswerable };
}

for (const r of replayed) {
  const again = rerank(r, RANKING_WEIGHTS);
  const shown = r.response.hits[0] ? path(r.response.hits[0].url) : '';
  if (again.first !== shown || again.noArticle !== !!r.response.noArticle)
    throw new Error(
      `重放和搜索的结果不一致：${r.query.q}（搜索 ${shown}${r.response.noArticle ? '，没有文章' : ''}；重放 ${again.first}${again.noArticle ? '，没有文章' : ''}）`,
    );
}

const format = (m: ReturnType<typeof measure>) =>
  `P@1 ${m.p1.toFixed(3)}（${m.right}/${m.answerable}）  如实 ${m.honest.toFixed(3)}（${m.honestCount}/${m.unanswerable}）`;
const base = measure(RANKING_WEIGHTS);
console.log(`${replayed.length} 条查询，现在的权重：${format(base)}`);
if (fit) {
  // Only answerable queries teach the ranking; the judge (saysNoArticle) is left as it is.
  const judge = (rows: readonly Replayed[]) =>
    rows
      .filter((r) => r.query.kind !== 'unanswerable')
      .map(({ query, response }) => {
        const candidates = response.candidates ?? [];
        return { features: candidates.map((c) => c.features), relevant: candidates.map((c) => query.relevant.some((u) => path(u) === path(c.url))) };
      });
  if (specs.length > 1) {
    console.log('\n每个文件用其他文件拟合的权重：');
    const fitted = new Map(specs.map((spec) => [spec, fitRankingWeights(judge(replayed.filter((r) => r.spec !== spec)))]));
    for (const spec of specs) {
      const rows = replayed.filter((r) => r.spec === spec);
      console.log(`  ${spec}：拟合 ${format(measure(fitted.get(spec)!, rows))}；现在 ${format(measure(RANKING_WEIGHTS, rows))}`);
    }
    console.log(`  合计：拟合 ${format(measure((r) => fitted.get(r.spec)!))}；现在 ${format(base)}`);
  }
  const all = fitRankingWeights(judge(replayed));
  console.log('\n用全部文件拟合的权重（Pagefind 分数记为 1）：');
  for (const key of Object.keys(RANKING_WEIGHTS) as (keyof RankingWeights)[])
    console.log(`  ${key}：${all[key].toFixed(2)}（现在 ${RANKING_WEIGHTS[key].toFixed(2)}）`);
  console.log(`  在拟合它的查询上：${format(measure(all))}`);
} else if (!figuresOnly) {
  console.log('\n每次只改一个权重（×0、×0.5、×1.5、×2）：');
  for (const key of Object.keys(RANKING_WEIGHTS) as (keyof RankingWeights)[]) {
    for (const factor of [0, 0.5, 1.5, 2]) {
      const m = measure({ ...RANKING_WEIGHTS, [key]: RANKING_WEIGHTS[key] * factor });
      const delta = m.right - base.right;
      const honestDelta = m.honestCount - base.honestCount;
      console.log(
        `  ${key} = ${(RANKING_WEIGHTS[key] * factor).toFixed(2)}：${format(m)}  ${delta >= 0 ? '+' : ''}${delta} / ${honestDelta >= 0 ? '+' : ''}${honestDelta}`,
      );
    }
  }
}
