import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { checkSourceVersions } from '@/data/check-source-versions';
import { siteConfig } from '@/site.config';
import { listRuleUpdates } from '@/utils/list-rule-updates';

/** Feed of 规则更新: one item per change in force, dated by the day it applies. */
export async function GET(context: APIContext) {
  const { sources, uses, today } = await checkSourceVersions();
  return rss({
    title: `${siteConfig.name}：规则更新`,
    description: '与逾期、催收有关的法律和司法解释改了什么、从哪天起施行。',
    site: context.site ?? siteConfig.url,
    customData: '<language>zh-cn</language>',
    // Item links carry a #fragment; the site-wide trailing slash must not be appended after it.
    trailingSlash: false,
    items: listRuleUpdates([...sources.values()], uses, today).map((u) => ({
      title: `${u.short}：${u.since}${u.sinceIsEffective ? '起施行' : '通过'}`,
      description: u.summary,
      link: `/updates/#${u.id}`,
      // A partial date (2017, 2017-02) is dated from its first day.
      pubDate: new Date(`${`${u.since}-01-01`.slice(0, 10)}T00:00:00+08:00`),
    })),
  });
}
