// Search evaluation from the command line (not a test): serves dist/, types each query
// into the real search page in Chromium and prints the figures by kind.
//   npm run build && node scripts/eval-search.ts tests/search/eval-readers-tuning.json
//   node scripts/eval-search.ts tests/search/eval-queries.json      # the 86-query set
//   node scripts/eval-search.ts --part=tune  tests/search/eval-readers-tuning.json  # 2/3 to tune on
//   node scripts/eval-search.ts --part=check tests/search/eval-readers-tuning.json  # 1/3 held back (every third)
// A readers' file ({q, kind, relevant, partial}) is scored by run-reader-eval.ts; the
// original set ({query, expected}) by recall@5 and precision@1 as in eval.test.ts.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { evaluateReaders, formatReaderReport, parseReaderQueries, readSearchPage, urlMatches } from '../tests/search/run-reader-eval.ts';
import { serveStatic } from './serve.mjs';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quiet = process.argv.includes('--quiet');
// An inner split of a readers' file, so tuning on it can be checked on queries it was not
// tuned on: every third query (1-based positions 3, 6, 9…) is held back as `check`.
const part = process.argv.find((a) => a.startsWith('--part='))?.slice('--part='.length);
if (part && part !== 'tune' && part !== 'check') throw new Error('--part 只能是 tune 或 check');
const inPart = (i: number) => !part || (part === 'check') === (i % 3 === 2);
if (files.length === 0) throw new Error('用法：node scripts/eval-search.ts <查询文件.json> [...]');

const server = await serveStatic({ root: 'dist' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(new URL('/search/', server.url).href);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const raw = JSON.parse(text) as { query?: string; expected?: string[] }[];
    if (raw[0]?.query !== undefined) {
      let recall = 0;
      let p1 = 0;
      const misses: string[] = [];
      for (const q of raw as { query: string; expected: string[] }[]) {
        const { results } = await readSearchPage(page, q.query);
        const top5 = results.slice(0, 5);
        const r = q.expected.filter((e) => top5.some((u) => urlMatches(u, e))).length / q.expected.length;
        const p = results[0] !== undefined && q.expected.some((e) => urlMatches(results[0]!, e)) ? 1 : 0;
        recall += r;
        p1 += p;
        if (r < 1 || p < 1) misses.push(`  ${q.query}: 期望 ${q.expected.join(' ')} → ${top5.join(' ') || '（无结果）'}`);
      }
      console.log(`${file}（${raw.length} 条）recall@5 = ${(recall / raw.length).toFixed(3)}  precision@1 = ${(p1 / raw.length).toFixed(3)}`);
      if (!quiet) console.log(misses.join('\n'));
    } else {
      const rows = await evaluateReaders(
        page,
        parseReaderQueries(text, file).filter((_, i) => inPart(i)),
      );
      console.log(formatReaderReport(part ? `${file} [${part}]` : file, rows, !quiet));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
