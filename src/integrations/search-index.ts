import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../search/build/build-search-index.ts';
import { contentDir } from '../utils/content-dir.ts';

/** Builds the Pagefind index with the site's own Chinese segmentation after every build. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex({ siteDir: fileURLToPath(dir), contentDir: contentDir() });
        logger.info(`已索引 ${stats.pages} 个页面，用时 ${stats.seconds.toFixed(1)} 秒`);
      },
    },
  };
}
