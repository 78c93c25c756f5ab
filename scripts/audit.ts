// Lighthouse audit (a script, not a test): builds the site for a local origin, serves it,
// and prints the four category scores for the home page, the Haier article, the
// calculator and the search page, on mobile and desktop. Uses Debian's Chromium.
//   npm run audit
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from './serve.mjs';

const PORT = 4400;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = '.audit-dist';
const PAGES = ['/', '/articles/haier-consumer-finance-collection/', '/tools/where-am-i/', '/search/?q=%E4%B8%8A%E9%97%A8%E5%82%AC%E6%94%B6'];

// Build with this origin so canonical URLs and sitemaps point where Lighthouse looks.
const build = spawnSync('npx', ['astro', 'build', '--outDir', OUT], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: ORIGIN, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveStatic({ root: OUT, port: PORT });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const rows: string[] = [];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
try {
  for (const formFactor of ['mobile', 'desktop'] as const) {
    for (const path of PAGES) {
      const result = await lighthouse(
        `${ORIGIN}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result!.lhr;
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push(`| ${formFactor === 'mobile' ? '手机' : '桌面'} | ${decodeURIComponent(path)} | ${scores.join(' | ')} | ${failing.join(', ') || '—'} |`);
      console.error(rows.at(-1));
    }
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(OUT, { recursive: true, force: true });
}
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}，${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| 设备 | 页面 | 性能 | 无障碍 | 最佳实践 | SEO | 未通过的检查 |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
