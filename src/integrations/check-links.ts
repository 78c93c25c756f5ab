import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../utils/content-dir.ts';
import { findBrokenLinks } from '../utils/find-broken-links.ts';

/** The content file a page comes from, if it has one (articles and letter templates). */
function sourceOf(page: string): string | undefined {
  const match = /^\/(articles|templates)\/([^/]+)\/$/.exec(page);
  if (!match) return undefined;
  const slug = decodeURIComponent(match[2]!);
  return ['.mdx', '.md'].map((ext) => join(contentDir(), match[1]!, `${slug}${ext}`)).find((f) => existsSync(f));
}

/**
 * Fails the build on a broken internal link or #anchor, naming the content file and the
 * line where the link is written (or the page, for links made by a layout).
 */
export function checkLinks(): AstroIntegration {
  return {
    name: 'kb:check-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const broken = findBrokenLinks(fileURLToPath(dir));
        if (broken.length === 0) {
          logger.info('站内链接和锚点都能打开。');
          return;
        }
        const lines = broken.map(({ page, href, problem }) => {
          const file = sourceOf(page);
          if (!file) return `页面 ${page}：${problem} ${href}`;
          const written = [href, decodeURI(href)].map((h) => h.replace(/^https?:\/\/[^/]+/, ''));
          const index = readFileSync(file, 'utf8')
            .split('\n')
            .findIndex((l) => written.some((h) => l.includes(h)));
          return `${relative(process.cwd(), file)}${index >= 0 ? `:${index + 1}` : ''}：${problem} ${href}`;
        });
        throw new Error(`有 ${broken.length} 个链接打不开：\n${lines.join('\n')}`);
      },
    },
  };
}
