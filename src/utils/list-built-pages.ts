import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML file of a built site with the URL path it is served at
 * (dist/articles/x/index.html → /articles/x/), sorted so output is stable.
 * Precondition: `dir` exists.
 */
export function listBuiltPages(dir: string): { file: string; path: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((file) => ({ file, path: `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '') }));
}
