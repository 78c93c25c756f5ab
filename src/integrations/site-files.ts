import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { todayInShanghai } from '../calculator/shanghai-date.ts';
import { siteConfig } from '../site.config.ts';
import { listStaleReviews } from '../utils/list-stale-reviews.ts';
import { contentDir } from '../utils/read-data-file.ts';
import { listBuiltPages } from '../utils/list-built-pages.ts';
import { renderOgImage } from './render-og-image.ts';

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html: string, property: string) => {
  const m = new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html);
  return m ? decode(m[1]!) : undefined;
};
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * After the build: sitemap.xml from the pages actually built (minus noindex pages),
 * and the Open Graph PNG each page's og:image points to, rendered from its own title.
 */
export function siteFiles(): AstroIntegration {
  return {
    name: 'kb:site-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const urls: string[] = [];
        const images = new Map<string, { title: string; description: string }>();
        for (const { file, path } of listBuiltPages(root)) {
          const html = readFileSync(file, 'utf8');
          if (!/<meta name="robots" content="noindex"/.test(html)) urls.push(path);
          const image = meta(html, 'og:image');
          if (image?.startsWith(`${siteConfig.url}/og/`)) {
            const local = image.slice(siteConfig.url.length);
            if (!images.has(local)) images.set(local, { title: meta(html, 'og:title') ?? siteConfig.name, description: meta(html, 'og:description') ?? '' });
          }
        }
        writeFileSync(
          join(root, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
            .map((u) => `  <url><loc>${xmlEscape(new URL(u, siteConfig.url).href)}</loc></url>`)
            .join('\n')}\n</urlset>\n`,
        );
        const started = performance.now();
        for (const [path, card] of images) {
          const out = join(root, path);
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, await renderOgImage({ ...card, siteName: siteConfig.name }));
        }
        logger.info(`sitemap.xml：${urls.length} 个网址；分享卡片：${images.size} 张，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
        reportStaleReviews(logger);
      },
    },
  };
}

/** Prints articles whose last review is older than siteConfig.reviewMaxAgeMonths. */
function reportStaleReviews(logger: { warn: (m: string) => void; info: (m: string) => void }) {
  const dir = join(contentDir(), 'articles');
  const articles = readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({ id: f.replace(/\.mdx?$/, ''), reviewed: /^reviewed:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '0000-00-00' }));
  const stale = listStaleReviews(articles, todayInShanghai(), siteConfig.reviewMaxAgeMonths);
  if (stale.length === 0) logger.info(`全部 ${articles.length} 篇文章都在 ${siteConfig.reviewMaxAgeMonths} 个月内核对过。`);
  else logger.warn(`超过 ${siteConfig.reviewMaxAgeMonths} 个月没有核对的文章（请复核并更新 reviewed）：\n${stale.map((a) => `  ${a.id}（最近核对 ${a.reviewed}）`).join('\n')}`);
}
