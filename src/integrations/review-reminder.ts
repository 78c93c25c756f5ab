import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { todayInShanghai } from '../calculator/shanghai-date.ts';
import { siteConfig } from '../site.config.ts';
import { listStaleReviews } from '../utils/list-stale-reviews.ts';
import { readBuiltPages } from './read-built-pages.ts';

/**
 * Lists, after every build, the published articles whose last review is older than
 * siteConfig.reviewMaxAgeMonths. The dates come from the built pages'
 * article:modified_time, i.e. the `reviewed` field as the article schema validated it.
 */
export function reviewReminder(): AstroIntegration {
  return {
    name: 'kb:review-reminder',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const articles = readBuiltPages(fileURLToPath(dir))
          .filter((p) => p.path.startsWith('/articles/') && p.meta.has('article:modified_time'))
          .map((p) => ({ id: p.path.split('/')[2]!, reviewed: p.meta.get('article:modified_time')! }));
        const max = siteConfig.reviewMaxAgeMonths;
        const stale = listStaleReviews(articles, todayInShanghai(), max);
        if (stale.length === 0) logger.info(`全部 ${articles.length} 篇文章都在 ${max} 个月内核对过。`);
        else logger.warn(`超过 ${max} 个月没有核对的文章（请复核并更新 reviewed）：\n${stale.map((a) => `  ${a.id}（最近核对 ${a.reviewed}）`).join('\n')}`);
      },
    },
  };
}
