import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';
import { readBuiltPages } from './read-built-pages.ts';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * sitemap.xml from the pages actually built, minus noindex pages. Written here rather
 * than with @astrojs/sitemap because that integration cannot see a page's robots meta
 * and writes sitemap-index.xml, while robots.txt and crawlers expect /sitemap.xml.
 */
export function sitemap(): AstroIntegration {
  return {
    name: 'kb:sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const urls = readBuiltPages(root)
          .filter((p) => !p.noindex)
          .map((p) => `  <url><loc>${xmlEscape(new URL(p.path, siteConfig.url).href)}</loc></url>`);
        writeFileSync(
          join(root, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
        );
        logger.info(`sitemap.xml：${urls.length} 个网址`);
      },
    },
  };
}
