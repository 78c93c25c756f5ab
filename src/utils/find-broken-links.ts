import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBuiltPages } from './list-built-pages.ts';

export interface BrokenLink {
  /** URL path of the page that has the link, e.g. /articles/x/ */
  page: string;
  /** The href as written in the page */
  href: string;
  problem: string;
}

/**
 * Every <a href> of a built site that leads nowhere: a page or file that was not built,
 * an #anchor that is not on its page, or a malformed external address.
 */
export function findBrokenLinks(distDir: string): BrokenLink[] {
  const pages = listBuiltPages(distDir).map(({ file, path }) => ({ path, html: readFileSync(file, 'utf8') }));
  const idsByPath = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));
  const exists = (path: string) => {
    if (idsByPath.has(path)) return true;
    const file = join(distDir, path);
    return existsSync(file) && !file.endsWith('/');
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const [, href] of page.html.matchAll(/<a [^>]*href="([^"]*)"/g)) {
      const raw = href!.replace(/&amp;/g, '&');
      if (/^(https?:)?\/\//.test(raw)) {
        let ok = false;
        try {
          const url = new URL(raw);
          ok = /^https?:$/.test(url.protocol) && url.hostname.includes('.');
        } catch {
          ok = false;
        }
        if (!ok) broken.push({ page: page.path, href: raw, problem: '外部链接格式不对' });
        continue;
      }
      if (/^(mailto|tel):/.test(raw)) continue;
      const url = new URL(raw, `http://site${page.path}`);
      const target = decodeURIComponent(url.pathname);
      if (!exists(target)) {
        broken.push({ page: page.path, href: raw, problem: '链接到不存在的页面' });
        continue;
      }
      if (url.hash && !idsByPath.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page: page.path, href: raw, problem: '锚点不存在' });
      }
    }
  }
  return broken;
}
