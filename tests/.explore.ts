import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
import { serveStatic } from '/work/main/scripts/serve.mjs';
import { evaluate, summarize, formatReport } from '/work/main/tests/search/run-eval.ts';
const root = process.argv[2] ?? '/work/main/dist';
const queries = JSON.parse(readFileSync('/work/main/tests/search/eval-queries.json', 'utf8'));
const configs = JSON.parse(process.argv[3] ?? '[{}]');
const server = await serveStatic({ root });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const dataPath = `${root}/search-data.json`;
const original = JSON.parse(readFileSync(dataPath, 'utf8'));
for (const cfg of configs) {
  writeFileSync(dataPath, JSON.stringify({ ...original, ranking: { ...original.ranking, ...cfg } }));
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  const rows = await evaluate(page, queries);
  const s = summarize(rows);
  console.log(JSON.stringify(cfg), `R@5=${s.recallAt5.toFixed(3)} P@1=${s.precisionAt1.toFixed(3)} MRR=${s.mrr.toFixed(3)}`);
  if (process.env.VERBOSE) console.log(formatReport('x', rows));
  await page.close();
}
writeFileSync(dataPath, JSON.stringify(original));
await browser.close(); await server.close();
