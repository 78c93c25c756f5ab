import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByNewest } from '@/utils/sort-by-newest';

export type Article = CollectionEntry<'articles'>;

/** Published articles, newest first. Drafts never leave this function. */
export async function getPublishedArticles(): Promise<Article[]> {
  const all = await getCollection('articles', ({ data }) => !data.draft);
  return sortByNewest(all);
}

/** URL path of an article. */
export const articlePath = (id: string) => `/articles/${id}/`;
