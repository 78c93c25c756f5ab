import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedArticles } from '@/data/articles';
import { siteConfig } from '@/site.config';
import { articlePath } from '@/utils/paths';

export async function GET(context: APIContext) {
  const articles = await getPublishedArticles();
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    site: context.site ?? siteConfig.url,
    customData: `<language>${siteConfig.lang.toLowerCase()}</language>`,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: articlePath(a.id),
      pubDate: new Date(`${a.data.published}T00:00:00+08:00`),
      categories: a.data.tags,
    })),
  });
}
