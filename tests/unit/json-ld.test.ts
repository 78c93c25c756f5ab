import { describe, expect, it } from 'vitest';
import { siteConfig } from '@/site.config';
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd, websiteJsonLd } from '@/utils/json-ld';

describe('JSON-LD builders', () => {
  it('describes an article with absolute URLs and the site language', () => {
    const ld = articleJsonLd({
      path: '/articles/x/',
      title: '标题',
      description: '说明',
      published: '2026-11-01',
      reviewed: '2026-11-29',
      image: '/og/x.png',
      tags: ['a', 'b'],
    });
    expect(ld).toMatchObject({
      '@type': 'Article',
      inLanguage: siteConfig.lang,
      mainEntityOfPage: `${siteConfig.url}/articles/x/`,
      image: `${siteConfig.url}/og/x.png`,
      keywords: 'a,b',
    });
  });

  it('numbers breadcrumbs and points the last one at the current page', () => {
    const ld = breadcrumbJsonLd([{ label: '首页', href: '/' }, { label: '文章' }], '/articles/x/');
    expect(ld.itemListElement.map((i) => [i.position, i.item])).toEqual([
      [1, `${siteConfig.url}/`],
      [2, `${siteConfig.url}/articles/x/`],
    ]);
  });

  it('builds FAQ and site-search data', () => {
    expect(faqJsonLd([{ question: '问？', answer: '答。' }]).mainEntity[0]).toMatchObject({ name: '问？', acceptedAnswer: { text: '答。' } });
    expect(websiteJsonLd('/search/').potentialAction.target).toBe(`${siteConfig.url}/search/?q={search_term_string}`);
  });
});
