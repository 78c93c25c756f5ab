import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../site.config.ts';
import { readBuiltPages } from './read-built-pages.ts';
import { renderOgImage } from './render-og-image.ts';

/**
 * The Open Graph PNG each page's og:image points to (under /og/), rendered from the
 * page's own og:title and og:description after the build, so card and page always agree.
 */
export function ogImages(): AstroIntegration {
  return {
    name: 'kb:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const images = new Map<string, { title: string; description: string }>();
        for (const { meta } of readBuiltPages(root)) {
          const image = meta.get('og:image');
          if (!image?.startsWith(`${siteConfig.url}/og/`)) continue;
          const local = image.slice(siteConfig.url.length);
          if (!images.has(local)) images.set(local, { title: meta.get('og:title') ?? siteConfig.name, description: meta.get('og:description') ?? '' });
        }
        const started = performance.now();
        for (const [path, card] of images) {
          const out = join(root, path);
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, await renderOgImage({ ...card, siteName: siteConfig.name }));
        }
        logger.info(`分享卡片：${images.size} 张，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
      },
    },
  };
}
