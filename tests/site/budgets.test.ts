import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { calculatorPath } from '@/utils/paths';
import { DIST, listPages } from '../helpers/dist';

const KB = 1024;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
const cssOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
const fileSize = (url: string) => gz(readFileSync(join(DIST, url)));

/**
 * Size budgets per page type, gzipped (level 9) on the built output:
 * - an article without the timeline ships no script file;
 * - an article with the timeline ships only the widget's script, under 8 KB;
 * - CSS per page under 12 KB; the Haier article's HTML under 20 KB.
 */
it('every page type stays within its size budget', () => {
  const pages = listPages();
  const rows: string[] = [];
  const problems: string[] = [];
  // The widget's script is whatever the calculator page loads (not a bundler chunk name).
  const widgetScripts = scriptsOf(pages.find((p) => p.path === calculatorPath)!.html);
  expect(widgetScripts).toHaveLength(1);
  for (const page of pages) {
    const html = gz(page.html);
    const scripts = scriptsOf(page.html);
    const js = scripts.reduce((s, u) => s + fileSize(u), 0);
    const css = cssOf(page.html).reduce((s, u) => s + fileSize(u), 0);
    const isArticle = page.path.startsWith('/articles/');
    const hasTimeline = page.html.includes('data-stage-widget');
    if (isArticle || ['/', '/search/', calculatorPath, '/glossary/'].includes(page.path)) {
      rows.push(
        `${page.path.padEnd(52)} HTML ${(html / KB).toFixed(1).padStart(5)} KB  CSS ${(css / KB).toFixed(1).padStart(5)} KB  JS ${(js / KB).toFixed(1).padStart(5)} KB (${scripts.length} 个文件)`,
      );
    }
    if (css > 12 * KB) problems.push(`${page.path}: CSS ${css} B > 12 KB`);
    if (isArticle && !hasTimeline && scripts.length > 0) problems.push(`${page.path}: 普通文章不应加载脚本文件，却加载了 ${scripts.join(', ')}`);
    if (hasTimeline) {
      if (scripts.length !== 1 || scripts[0] !== widgetScripts[0]) problems.push(`${page.path}: 含时间线的页面只应加载时间线脚本，实际 ${scripts.join(', ')}`);
      if (js > 8 * KB) problems.push(`${page.path}: 时间线脚本 ${js} B > 8 KB`);
    }
    if (page.path === '/articles/haier-consumer-finance-collection/' && html > 20 * KB) problems.push(`${page.path}: HTML ${html} B > 20 KB`);
  }
  console.log(`页面体积（gzip -9）：\n${rows.join('\n')}`);
  expect(problems, problems.join('\n')).toEqual([]);
  expect(rows.some((r) => r.includes('haier-consumer-finance-collection'))).toBe(true);
});
