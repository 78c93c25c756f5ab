/**
 * Schema.org JSON-LD for the pages that have it. Each builder returns one plain object
 * that BaseLayout embeds; the language always comes from siteConfig.lang.
 */
import { siteConfig } from '../site.config.ts';

const context = 'https://schema.org';
const absolute = (path: string) => new URL(path, siteConfig.url).href;
const organization = () => ({ '@type': 'Organization', name: siteConfig.publisher });

export function articleJsonLd(a: {
  path: string;
  title: string;
  description: string;
  published: string;
  reviewed: string;
  image: string;
  tags: readonly string[];
}) {
  return {
    '@context': context,
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    inLanguage: siteConfig.lang,
    datePublished: a.published,
    dateModified: a.reviewed,
    mainEntityOfPage: absolute(a.path),
    image: absolute(a.image),
    author: organization(),
    publisher: { ...organization(), url: siteConfig.url },
    keywords: a.tags.join(','),
  };
}

/** Crumbs without an href stand for the current page (`currentPath`). */
export function breadcrumbJsonLd(crumbs: readonly { label: string; href?: string }[], currentPath: string) {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: absolute(c.href ?? currentPath) })),
  };
}

export function faqJsonLd(faq: readonly { question: string; answer: string }[]) {
  return {
    '@context': context,
    '@type': 'FAQPage',
    mainEntity: faq.map((f) => ({ '@type': 'Question', name: f.question, acceptedAnswer: { '@type': 'Answer', text: f.answer } })),
  };
}

/** The home page: the site and its search box. */
export function websiteJsonLd(searchPath: string) {
  return {
    '@context': context,
    '@type': 'WebSite',
    name: siteConfig.name,
    url: siteConfig.url,
    inLanguage: siteConfig.lang,
    potentialAction: { '@type': 'SearchAction', target: `${absolute(searchPath)}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
  };
}

/** A free tool that runs in the browser. */
export function webApplicationJsonLd(name: string) {
  return {
    '@context': context,
    '@type': 'WebApplication',
    name,
    applicationCategory: 'FinanceApplication',
    operatingSystem: 'Any',
    inLanguage: siteConfig.lang,
    offers: { '@type': 'Offer', price: '0', priceCurrency: 'CNY' },
  };
}

export function definedTermSetJsonLd(name: string, terms: readonly { term: string; aliases: readonly string[]; definition: string }[]) {
  return {
    '@context': context,
    '@type': 'DefinedTermSet',
    name,
    hasDefinedTerm: terms.map((t) => ({ '@type': 'DefinedTerm', name: t.term, alternateName: t.aliases, description: t.definition })),
  };
}
