import { getCollection, type CollectionEntry } from 'astro:content';

export type Category = CollectionEntry<'categories'>['data'];

/** Reader paths in display order. */
export async function getCategories(): Promise<Category[]> {
  const entries = await getCollection('categories');
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}
