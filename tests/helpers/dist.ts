import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBuiltPages } from '@/utils/list-built-pages';

export const DIST = 'dist';

/** Fails with a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ 不存在：请先执行 npm run build。');
}

/** Every built HTML page as { path: '/articles/x/', file, html }. */
export function listPages(): { path: string; file: string; html: string }[] {
  requireDist();
  return listBuiltPages(DIST).map(({ file, path }) => ({ path, file, html: readFileSync(file, 'utf8') }));
}

/** Paths listed in the built sitemap.xml. */
export function sitemapPaths(): string[] {
  requireDist();
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURIComponent(new URL(m[1]!).pathname));
}
