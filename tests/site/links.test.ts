import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, listPages } from '../helpers/dist';

const pages = listPages();
const idsByPath = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));

/** Whether a site path resolves to a built file (page, asset, feed…). */
function exists(path: string): boolean {
  if (idsByPath.has(path)) return true;
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) && !file.endsWith('/');
}

it('every internal link and #anchor resolves, and external links are well-formed', () => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const [, href] of page.html.matchAll(/<a [^>]*href="([^"]*)"/g)) {
      const raw = href!.replace(/&amp;/g, '&');
      if (/^(https?:)?\/\//.test(raw)) {
        try {
          const url = new URL(raw);
          if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) problems.push(`${page.path}: 外部链接格式不对 ${raw}`);
        } catch {
          problems.push(`${page.path}: 外部链接格式不对 ${raw}`);
        }
        continue;
      }
      if (/^(mailto|tel):/.test(raw)) continue;
      const url = new URL(raw, `http://site${page.path}`);
      const target = decodeURIComponent(url.pathname);
      if (!exists(target)) {
        problems.push(`${page.path}: 链接到不存在的页面 ${raw}`);
        continue;
      }
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsByPath.get(target)?.has(id)) problems.push(`${page.path}: 锚点不存在 ${raw}`);
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

it('checks real pages (sanity: the site is not empty)', () => {
  expect(pages.length).toBeGreaterThan(40);
});
