import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { listBuiltPages } from '../utils/list-built-pages.ts';

/** What the post-build steps need from one built page, parsed with hast (not regexes). */
export interface BuiltPage {
  /** URL path, e.g. /articles/x/. */
  path: string;
  /** <meta name|property="…" content="…"> values; the first of a repeated key wins. */
  meta: Map<string, string>;
  noindex: boolean;
}

function collectMeta(node: Root | Element, meta: Map<string, string>): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'meta') {
      const key = String(child.properties.property ?? child.properties.name ?? '');
      if (key && !meta.has(key) && child.properties.content !== undefined) meta.set(key, String(child.properties.content));
    } else if (child.tagName !== 'body') collectMeta(child, meta);
  }
}

const cache = new Map<string, BuiltPage[]>();

/** Every built HTML page under `siteDir` with its head metadata; parsed once per build. */
export function readBuiltPages(siteDir: string): BuiltPage[] {
  let pages = cache.get(siteDir);
  if (!pages) {
    pages = listBuiltPages(siteDir).map(({ file, path }) => {
      const meta = new Map<string, string>();
      // Only the head holds metadata; parsing just it keeps this linear in the head's size.
      const html = readFileSync(file, 'utf8');
      const headEnd = html.indexOf('</head>');
      collectMeta(fromHtml(headEnd >= 0 ? html.slice(0, headEnd + 7) : html), meta);
      return { path, meta, noindex: (meta.get('robots') ?? '').includes('noindex') };
    });
    cache.set(siteDir, pages);
  }
  return pages;
}
