import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Citation } from '@/markdown/citation-syntax';
import type { FaqEntry } from '@/markdown/rehype-collect-faq';
import { sortByNewest } from '@/utils/sort-by-newest';

export type Article = CollectionEntry<'articles'>;

/** Published articles, newest first. Drafts never leave this function. */
export async function getPublishedArticles(): Promise<Article[]> {
  const all = await getCollection('articles', ({ data }) => !data.draft);
  return sortByNewest(all);
}

/**
 * An article rendered, with what the Markdown plugins recorded on it: the numbered
 * citations (remark-citations) and the question headings for FAQ data (rehype-collect-faq).
 */
export async function renderArticle(article: Article) {
  const { Content, headings, remarkPluginFrontmatter } = await render(article);
  return {
    Content,
    headings,
    citations: (remarkPluginFrontmatter.citations ?? []) as Citation[],
    faq: (remarkPluginFrontmatter.faq ?? []) as FaqEntry[],
  };
}
