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

/** A script and every chunk it imports statically, each counted once: what the browser downloads. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) moduleGraph(new URL(spec!, `http://x${entry}`).pathname, seen);
  return seen;
}
const graphSize = (entries: string[]) => {
  const all = new Set<string>();
  for (const e of entries) for (const f of moduleGraph(e)) all.add(f);
  return [...all].reduce((s, f) => s + fileSize(f), 0);
};

/** The four money-and-deadline tools: their pages and what an article embedding one may load. */
const TOOLS: Record<string, { page: string; script: RegExp }> = {
  'court-deadlines': { page: '/tools/court-deadlines/', script: /CourtDeadlineTool/ },
  'credit-record': { page: '/tools/credit-record/', script: /CreditRecordTool/ },
  budget: { page: '/tools/budget/', script: /BudgetTool/ },
  apr: { page: '/tools/apr/', script: /AprTool/ },
};

/**
 * Size budgets per page type, gzipped (level 9) on the built output:
 * - an article without the timeline ships no script file;
 * - an article with the timeline ships only the widget's script, under 8 KB;
 * - each money-and-deadline tool ships only its own script, under 10 KB with the chunks it imports;
 *   an article that embeds none of them ships none of them;
 * - CSS per page under 12 KB; the Haier article's HTML under 22 KB (raised from 20 KB on 2026-12-01:
 *   the page carries the whole static timeline for readers without JavaScript, and the site-wide
 *   footer now links the four money-and-deadline tools).
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
    const tools = Object.keys(TOOLS).filter((t) => page.html.includes(`data-tool-widget="${t}"`));
    if (isArticle || ['/', '/search/', calculatorPath, '/glossary/', ...Object.values(TOOLS).map((t) => t.page)].includes(page.path)) {
      rows.push(
        `${page.path.padEnd(52)} HTML ${(html / KB).toFixed(1).padStart(5)} KB  CSS ${(css / KB).toFixed(1).padStart(5)} KB  JS ${(js / KB).toFixed(1).padStart(5)} KB (${scripts.length} 个文件；含依赖 ${(graphSize(scripts) / KB).toFixed(1)} KB)`,
      );
    }
    if (css > 12 * KB) problems.push(`${page.path}: CSS ${css} B > 12 KB`);
    for (const t of tools) {
      const own = scripts.filter((u) => TOOLS[t]!.script.test(u));
      if (own.length !== 1) problems.push(`${page.path}: 嵌入了 ${t} 工具，却没有（或不止一次）加载它的脚本`);
      else if (graphSize(own) > 10 * KB) problems.push(`${page.path}: ${t} 脚本含依赖 ${graphSize(own)} B > 10 KB`);
    }
    const foreign = scripts.filter((u) => Object.entries(TOOLS).some(([t, { script }]) => script.test(u) && !tools.includes(t)));
    if (foreign.length > 0) problems.push(`${page.path}: 加载了没有嵌入的工具脚本 ${foreign.join(', ')}`);
    const other = scripts.filter((u) => !Object.values(TOOLS).some(({ script }) => script.test(u)));
    if (isArticle && !hasTimeline && other.length > 0) problems.push(`${page.path}: 普通文章不应加载脚本文件，却加载了 ${other.join(', ')}`);
    if (hasTimeline) {
      if (other.length !== 1 || other[0] !== widgetScripts[0]) problems.push(`${page.path}: 含时间线的页面只应加载时间线脚本，实际 ${scripts.join(', ')}`);
      if (js > 8 * KB) problems.push(`${page.path}: 时间线脚本 ${js} B > 8 KB`);
    }
    if (page.path === '/articles/haier-consumer-finance-collection/' && html > 22 * KB) problems.push(`${page.path}: HTML ${html} B > 22 KB`);
  }
  console.log(`页面体积（gzip -9）：\n${rows.join('\n')}`);
  expect(problems, problems.join('\n')).toEqual([]);
  expect(rows.some((r) => r.includes('haier-consumer-finance-collection'))).toBe(true);
  for (const t of Object.values(TOOLS))
    expect(
      rows.some((r) => r.startsWith(t.page)),
      t.page,
    ).toBe(true);
});
