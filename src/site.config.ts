import { calculatorPath } from './utils/paths.ts';

/**
 * One documented place for site-wide settings. Pages, layouts and integrations
 * read from here; nothing else hard-codes the site name or URL.
 */
export const siteConfig = {
  /** Site name shown in the header, titles and Open Graph cards. */
  name: '逾期与催收明白纸',
  /** One-sentence purpose, used on the home page and as the default description. */
  description: '用大白话讲清楚逾期之后会发生什么、催收方不能做什么、你可以怎么做。每一条规则都注明出处和效力层级。',
  /** Absolute origin for canonical URLs, sitemap and feeds. Set SITE_URL when deploying. */
  url: (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, ''),
  /** Shown as publisher in JSON-LD. */
  publisher: '逾期与催收明白纸编辑组',
  /** BCP 47 language of every page. */
  lang: 'zh-CN',
  /** Reading speed for Chinese text, characters per minute. */
  readingCharsPerMinute: 400,
  /** Latin-script words per minute for the few English words in articles. */
  readingWordsPerMinute: 200,
  /** Articles whose last review is older than this are listed at build time. */
  reviewMaxAgeMonths: 12,
  /** A table of contents is shown when an article has at least this many h2/h3 headings. */
  tocMinHeadings: 3,
  /** Path of the stage calculator page. */
  calculatorPath,
} as const;

export type SiteConfig = typeof siteConfig;
