import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, url, useBrowser } from '../helpers/browser';
import { evaluateReaders, formatReaderReport, parseReaderQueries, summarizeReaders } from './run-reader-eval';

/**
 * The readers' evaluation (issue #12), written independently and split once at random:
 * the tuning half (eval-readers-tuning.json) is what the search was tuned on; the
 * held-out half (eval-readers-heldout.json, added by the lead) was never looked at.
 * The issue's targets for the held-out half (P@1 ≥ 0.9, R@5 ≥ 0.97, honest ≥ 0.9) are NOT met yet:
 * measured 2026-12-01 at 0.69 / 0.96 / 0.65, and after the second round at 0.64 / 0.96 / 0.80: the
 * P@1 gain on the tuning half did not carry over. The lead kept the second round, chosen on the
 * tuning half and its inner check split only (P@1 unchanged there, honest 0.29 → 0.71), and
 * lowered the held-out P@1 floor from 0.67 to 0.62: on the held-out half the round traded P@1
 * (0.69 → 0.64) for honest answers (0.65 → 0.80), reported in docs/quality.md; issue #12 stays
 * open. The third round (lender names the site lacks, numbers with units; chosen on the tuning
 * half's tune part, check part unchanged) measured 0.63 / 0.947 / 0.90 on the held-out half: honest
 * answers 0.80 → 0.90, one query fewer in the top five, so its R@5 floor went from 0.95 to 0.94
 * and its honest floor up to 0.88 (docs/search.md, 第三轮); the lead decides. The fourth round (each
 * article's `questions:` doubled with readers' wording, written by helpers who never saw either
 * half) measured 0.67 / 0.96 / 0.85 on the held-out half and 0.79 / 0.97 / 0.81 on the tuning
 * half: P@1 and R@5 up on both, one query fewer said honestly on the held-out half and two on the
 * tuning half (more everyday words now appear in some page's questions), so the honest floors
 * went down to 0.84 and 0.80 and the others up (docs/search.md, 第四轮). Then reader words are
 * replaced in queries unless the site's own text (not readers' questions) uses them: tuning half
 * unchanged, the 103-query set's P@1 0.961 → 0.971, the held-out half 0.67 → 0.66 (one query), so its
 * P@1 floor is 0.65. Fifth round (docs/search.md, 第五轮: 94 lines of reader words, six results first,
 * units glued to the next word split off): held-out 0.72 / 0.97 / 0.85, tuning half 0.78 / 0.96 / 0.76
 * (one query fewer on each of P@1 and honest); floors set just under both. A second independent set,
 * written in round five by a new writer from the page texts only (eval-readers-fresh-*.json, split
 * once at random: the tuning part's failures were looked at, the check part's never), has floors too.
 * Until the targets are met, both halves
 * have regression floors just under the figures measured when they were committed; raise them as
 * search improves, and never tune on the held-out half. `misses` says whether a run lists the failed
 * queries: a set whose failures were never read must stay that way.
 */
const EVAL_SETS = [
  { file: 'tests/search/eval-readers-tuning.json', misses: true, floors: { p1: 0.85, r5: 0.99, honest: 0.75 } },
  { file: 'tests/search/eval-readers-heldout.json', misses: false, floors: { p1: 0.71, r5: 0.95, honest: 0.84 } },
  // Round eight moved questions to the page that answers them best: one query fewer in the top five and one fewer said honestly here, more right on every never-tuned set.
  { file: 'tests/search/eval-readers-fresh-tuning.json', misses: true, floors: { p1: 0.83, r5: 0.91, honest: 0.83 } },
  { file: 'tests/search/eval-readers-fresh-check.json', misses: false, floors: { p1: 0.81, r5: 0.97, honest: 0.66 } },
  // Written after round six by a writer who saw only the built pages' text; never tuned on.
  { file: 'tests/search/eval-readers-heldout-2.json', misses: false, floors: { p1: 0.61, r5: 0.96, honest: 0.83 } },
  // Written in round eight the same way (200 queries), split once at random: tuned on the first part only.
  { file: 'tests/search/eval-readers-fourth-tuning.json', misses: true, floors: { p1: 0.74, r5: 0.98, honest: 0.8 } },
  { file: 'tests/search/eval-readers-fourth-check.json', misses: false, floors: { p1: 0.7, r5: 0.98, honest: 0.72 } },
];
const browser = useBrowser();

describe('readers’ own words (independent evaluation set)', () => {
  for (const { file, misses, floors } of EVAL_SETS) {
    it.skipIf(!existsSync(file))(
      `${file}: P@1 ≥ ${floors.p1}, R@5 ≥ ${floors.r5}, honest no-article ≥ ${floors.honest}`,
      async () => {
        const queries = parseReaderQueries(readFileSync(file, 'utf8'), file);
        const { page } = await openPage(browser());
        await page.goto(url('/search/'));
        const rows = await evaluateReaders(page, queries);
        // Held-out and check sets print their figures only: reading their misses would be tuning on them.
        console.log(formatReaderReport(file, rows, misses));
        const summary = summarizeReaders(rows);
        const answerable = summary.find((s) => s.kind === 'answerable')!;
        const unanswerable = summary.find((s) => s.kind === 'unanswerable');
        expect(answerable.p1).toBeGreaterThanOrEqual(floors.p1);
        expect(answerable.r5).toBeGreaterThanOrEqual(floors.r5);
        if (unanswerable) expect(unanswerable.honest).toBeGreaterThanOrEqual(floors.honest);
      },
      600_000,
    );
  }
});
