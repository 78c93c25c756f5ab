// Search benchmark (not a test): indexes 1,000 and 10,000 synthetic Chinese articles with
// this site's pipeline and with stock Pagefind, and prints index time, peak memory,
// first-search bytes (gzipped, Pagefind code included) and keystroke-to-results latency.
//   npm run bench:search              # 1,000 and 10,000 articles
//   npm run bench:search -- 1000      # only 1,000
//   BENCH_LIST=1 npm run bench:search -- 1000   # also lists each first-search request and its size
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { loadLexicon } from '../src/search/build/load-lexicon.ts';
import { textBody, writeSearchIndex, type IndexablePage } from '../src/search/build/build-search-index.ts';
import { serveStatic } from './serve.mjs';

const WORK = resolve('tests/.tmp/bench');
const CHARS_PER_ARTICLE = 3300;
const QUERIES = [
  '上门催收',
  '爆通讯录',
  '征信',
  '停息挂账',
  '支付令',
  '紧急联系人',
  '诉讼时效',
  '催收电话',
  '协商还款',
  '恶意透支',
  '核销',
  '委外',
  '外访',
  '律师函',
  '信用报告',
  '冻结银行卡',
  '逾期多久上征信',
  '假律师函',
  '催收时间',
  '上门',
];

/**
 * Deterministic synthetic articles made of real sentences from the site's own articles,
 * each with as many reader questions (drawn from the articles' `questions:`) as a real one has.
 */
function syntheticArticles(count: number): { url: string; title: string; text: string; questions: string[] }[] {
  const files = readdirSync('content/articles').map((f) => readFileSync(join('content/articles', f), 'utf8'));
  const questionLists = files.map((t) => [...(/^questions:\n((?: {2}- .*\n)+)/m.exec(t)?.[1] ?? '').matchAll(/^ {2}- (.*)$/gm)].map((m) => m[1]!));
  const allQuestions = questionLists.flat();
  const questionsPerArticle = Math.round(allQuestions.length / questionLists.length);
  const sentences = files
    .map((t) => t.replace(/^---[\s\S]*?---/, ''))
    .join('\n')
    .replace(/<[^>]+>|\[@[^\]]+\]|\]\([^)]*\)|[#*|>`[\]-]/g, '')
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    while (text.length < CHARS_PER_ARTICLE) text += `${sentences[Math.floor(next() * sentences.length)]}${next() < 0.2 ? '\n' : ''}`;
    const title = sentences[Math.floor(next() * sentences.length)]!.slice(0, 24);
    const questions = Array.from({ length: questionsPerArticle }, () => allQuestions[Math.floor(next() * allQuestions.length)]!);
    return { url: `/bench/${i + 1}/`, title: `${title} ${i + 1}`, text, questions: [...new Set(questions)] };
  });
}

/** Sum of resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we were looking
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, sampling the memory of its whole process tree; returns seconds and peak bytes. */
function measure(command: string, args: string[], env: Record<string, string> = {}): Promise<{ seconds: number; peak: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} 退出码 ${code}`));
      else resolvePromise({ seconds: (performance.now() - started) / 1000, peak });
    });
  });
}

/** Child mode: index N synthetic articles with our segmentation. */
async function indexOurs(count: number, outDir: string) {
  const lexicon = loadLexicon('content');
  const articles = syntheticArticles(count);
  const pages: IndexablePage[] = articles.map((a) => ({
    meta: { url: a.url, title: a.title, summary: a.text.slice(0, 60), kind: '文章', tags: [], keywords: [], processes: [], questions: a.questions },
    body: textBody(a.text),
    weight: 1,
  }));
  await writeSearchIndex(pages, lexicon, lexicon.words.join(''), outDir);
}

function writeStockSite(count: number, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const a of syntheticArticles(count)) {
    const folder = join(dir, a.url);
    mkdirSync(folder, { recursive: true });
    const paragraphs = a.text
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join('');
    // The same reader questions, as a plain list: stock Pagefind has no other place for them.
    const questions = `<ul>${a.questions.map((q) => `<li>${q}</li>`).join('')}</ul>`;
    writeFileSync(
      join(folder, 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${a.title}</title></head><body><main data-pagefind-body><h1>${a.title}</h1>${paragraphs}${questions}</main></body></html>`,
    );
  }
  // A minimal page that searches with Pagefind's own API the way its UI does (top 5 fragments).
  writeFileSync(
    join(dir, 'bench.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>stock</title></head><body><ol id="r"></ol><script type="module">
      const pf = await import('/pagefind/pagefind.js');
      window.run = async (q) => { const r = await pf.search(q); const top = await Promise.all(r.results.slice(0, 5).map((x) => x.data())); document.getElementById('r').dataset.query = q; return top.length; };
      window.ready = true;</script></body></html>`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** First-search gzipped bytes and median keystroke-to-results latency for one index. */
async function browse(kind: 'ours' | 'stock', server: { url: string }, root: string, overlays: Record<string, string>) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const bodies: { path: string; gz: number }[] = [];
  let counting = false;
  context.on('requestfinished', async (request) => {
    if (!counting) return;
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    bodies.push({ path: new URL(request.url()).pathname, gz: gzipSync(body, { level: 9 }).length });
  });
  const firstQuery = QUERIES[0]!;
  if (kind === 'ours') {
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    counting = true;
    await page.locator('#search-q').fill(firstQuery);
    await page.waitForFunction((q) => document.querySelector('[data-search-results]')?.getAttribute('data-query') === q, firstQuery);
  } else {
    await page.goto(`${server.url}/bench.html`, { waitUntil: 'networkidle' });
    counting = true;
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
    await page.evaluate((q) => (window as unknown as { run: (q: string) => Promise<number> }).run(q), firstQuery);
  }
  await page.waitForTimeout(500);
  counting = false;
  const firstSearchGz = bodies.reduce((s, b) => s + b.gz, 0);
  if (process.env.BENCH_LIST) for (const b of bodies) console.error(`${kind} ${(b.gz / 1024).toFixed(1)} KB ${b.path}`);
  const latencies: number[] = [];
  for (const q of QUERIES.slice(1)) {
    if (kind === 'ours') {
      latencies.push(
        await page.evaluate(async (query) => {
          const input = document.querySelector<HTMLInputElement>('#search-q')!;
          const list = document.querySelector('[data-search-results]')!;
          const t0 = performance.now();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((done) => {
            const check = () => (list.getAttribute('data-query') === query ? done() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - t0;
        }, q),
      );
    } else {
      latencies.push(
        await page.evaluate(async (query) => {
          const t0 = performance.now();
          await (window as unknown as { run: (q: string) => Promise<number> }).run(query);
          return performance.now() - t0;
        }, q),
      );
    }
  }
  await browser.close();
  void root;
  void overlays;
  return { firstSearchGz, requests: bodies.length, medianMs: median(latencies) };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

async function main() {
  if (process.argv[2] === '--index-child') {
    await indexOurs(Number(process.argv[3]), process.argv[4]!);
    return;
  }
  if (!existsSync('dist/search/index.html')) throw new Error('请先运行 npm run build（基准使用构建好的搜索页）。');
  const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
  const rows: string[] = [];
  {
    // The real site as built, for reference.
    const server = await serveStatic({ root: 'dist' });
    const web = await browse('ours', server, 'dist', {});
    await server.close();
    rows.push(`| 本站实际内容 | 本站 | — | — | ${kb(web.firstSearchGz)}（${web.requests} 个请求） | ${web.medianMs.toFixed(0)} ms |`);
  }
  for (const n of sizes) {
    const oursDir = join(WORK, `ours-${n}`);
    const stockDir = join(WORK, `stock-${n}`);
    console.error(`\n== ${n} 篇合成文章（每篇约 ${CHARS_PER_ARTICLE} 字）==`);
    const ours = await measure(process.execPath, [process.argv[1]!, '--index-child', String(n), oursDir]);
    console.error(`本站：索引 ${ours.seconds.toFixed(1)} 秒，峰值内存 ${mb(ours.peak)}`);
    writeStockSite(n, stockDir);
    const stock = await measure(process.execPath, [resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', stockDir]);
    console.error(`原版 Pagefind：索引 ${stock.seconds.toFixed(1)} 秒，峰值内存 ${mb(stock.peak)}`);
    let oursWeb = { firstSearchGz: 0, requests: 0, medianMs: 0 };
    let stockWeb = { firstSearchGz: 0, requests: 0, medianMs: 0 };
    {
      const overlays: Record<string, string> = { '/search-data.json': join(oursDir, 'search-data.json') };
      for (const dir of readdirSync(oursDir)) if (dir.startsWith('pagefind')) overlays[`/${dir}/`] = join(oursDir, dir);
      const server = await serveStatic({ root: 'dist', overlays });
      oursWeb = await browse('ours', server, 'dist', overlays);
      await server.close();
    }
    {
      const server = await serveStatic({ root: stockDir });
      stockWeb = await browse('stock', server, stockDir, {});
      await server.close();
    }
    rows.push(
      `| ${n} | 本站 | ${ours.seconds.toFixed(1)} s | ${mb(ours.peak)} | ${kb(oursWeb.firstSearchGz)}（${oursWeb.requests} 个请求） | ${oursWeb.medianMs.toFixed(0)} ms |`,
      `| ${n} | 原版 Pagefind 1.6 | ${stock.seconds.toFixed(1)} s | ${mb(stock.peak)} | ${kb(stockWeb.firstSearchGz)}（${stockWeb.requests} 个请求） | ${stockWeb.medianMs.toFixed(0)} ms |`,
    );
    rmSync(stockDir, { recursive: true, force: true });
  }
  console.log('\n| 文章数 | 方案 | 索引时间 | 峰值内存 | 第一次搜索传输（gzip） | 输入到出结果（中位数） |');
  console.log('|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log(
    `\n查询：${QUERIES.join('、')}。第一次搜索为“${QUERIES[0]}”，延迟取其余 ${QUERIES.length - 1} 条的中位数；本站的延迟从输入事件算到结果渲染，原版为 search() 加载前 5 条结果片段。`,
  );
}

await main();
