import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Citation } from '@/markdown/citation-syntax';
import type { FaqEntry } from '@/markdown/rehype-collect-faq';
import { sortByNewest } from '@/utils/sort-by-newest';

export type Article = CollectionEntry<'articles'>;

let published: Promise<Article[]> | undefined;

/**
 * Published articles, newest first. Drafts never leave this function.
 * Every article page asks (related reading, the timeline), so a production build sorts
 * once instead of once per page — at 10,000 articles that is the difference between
 * n and n² comparisons. `astro dev` asks afresh so edits show up.
 */
export function getPublishedArticles(): Promise<Article[]> {
  if (published && import.meta.env.PROD) return published;
  published = getCollection('articles', ({ data }) => !data.draft).then(sortByNewest);
  return published;
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
    /** Whether the body embeds <StageTimeline> (recorded by remark-citations). */
    embedsTimeline: remarkPluginFrontmatter.embedsTimeline === true,
  };
}
