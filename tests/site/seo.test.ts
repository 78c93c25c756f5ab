import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictArticleCard } from '@/integrations/predict-article-card';
import { siteConfig } from '@/site.config';
import { DIST, listPages, sitemapPaths } from '../helpers/dist';

const pages = listPages().filter((p) => p.path !== '/404.html');
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('crawlers and sharing', () => {
  it('lists every indexable page in sitemap.xml and points robots.txt at it', () => {
    const listed = new Set(sitemapPaths());
    for (const page of pages) expect(listed.has(page.path), page.path).toBe(true);
    expect(listed.has('/404.html')).toBe(false);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteConfig.url}/sitemap.xml`);
  });

  it('publishes an RSS feed of the articles', () => {
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const articles = pages.filter((p) => p.path.startsWith('/articles/'));
    expect(rss.match(/<item>/g)).toHaveLength(articles.length);
    expect(rss).toContain('<language>zh-cn</language>');
  });

  it('gives every page a title, description, canonical URL and sharing tags', () => {
    const titles = new Set<string>();
    for (const page of pages) {
      const title = /<title>([^<]+)<\/title>/.exec(page.html)?.[1];
      expect(title, page.path).toBeTruthy();
      expect(titles.has(title!), `duplicate title ${title}`).toBe(false);
      titles.add(title!);
      expect(meta(page.html, 'description')?.length, page.path).toBeGreaterThan(10);
      expect(page.html).toContain(`<link rel="canonical" href="${new URL(page.path, siteConfig.url).href}">`);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image'])
        expect(meta(page.html, key), `${page.path} ${key}`).toBeTruthy();
      expect(page.html.startsWith('<!DOCTYPE html><html lang="zh-CN"')).toBe(true);
    }
  });

  it('renders every Open Graph image as a 1200×630 PNG', () => {
    const images = new Set(pages.map((p) => meta(p.html, 'og:image')!.replace(siteConfig.url, '')));
    for (const image of images) {
      const png = readFileSync(join(DIST, image));
      expect(png.subarray(1, 4).toString(), image).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
  });

  it('draws each article’s share card from the text its page shows (the build draws them early from the frontmatter)', () => {
    const decode = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]!);
    const articles = pages.filter((p) => meta(p.html, 'og:type') === 'article');
    expect(articles.length).toBeGreaterThan(50);
    for (const page of articles) {
      const id = page.path.split('/')[2]!;
      const file = ['md', 'mdx'].map((ext) => join('content/articles', `${id}.${ext}`)).find((f) => existsSync(f));
      expect(file, page.path).toBeDefined();
      const shown = { title: decode(meta(page.html, 'og:title')!), description: decode(meta(page.html, 'og:description')!), siteName: siteConfig.name };
      expect(predictArticleCard(file!, siteConfig.name), page.path).toEqual(shown);
    }
  });

  it('describes articles with Article, BreadcrumbList and (for question lists) FAQPage JSON-LD', () => {
    const ld = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    const haier = pages.find((p) => p.path === '/articles/haier-consumer-finance-collection/')!;
    const types = ld(haier.html).map((d) => d['@type']);
    expect(types).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList', 'FAQPage']));
    const article = ld(haier.html).find((d) => d['@type'] === 'Article');
    expect(article).toMatchObject({
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dateModified: expect.any(String),
      publisher: { name: siteConfig.publisher },
    });
    for (const page of pages.filter((p) => p.path.startsWith('/articles/'))) expect(ld(page.html).map((d) => d['@type'])).toContain('Article');
  });
});

describe('content promises', () => {
  it('every article page lists at least one source with its binding force', () => {
    for (const page of pages.filter((p) => p.path.startsWith('/articles/'))) {
      expect(page.html, page.path).toMatch(/<h2 id="sources-title"[^>]*>依据<\/h2>/);
      expect(page.html, page.path).toMatch(/<li id="source-1"/);
    }
  });

  it('says it is not legal advice exactly once per article', () => {
    for (const page of pages.filter((p) => p.path.startsWith('/articles/'))) {
      expect(page.html.match(/不是法律意见/g)?.length, page.path).toBe(1);
    }
  });

  it('never publishes a hotline number the brief could not verify', () => {
    for (const page of pages) expect(page.html, page.path).not.toMatch(/12378|12363/);
  });
});
