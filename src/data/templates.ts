import { getCollection, type CollectionEntry } from 'astro:content';
import { zhCollator } from '@/utils/zh-collator';

export type Template = CollectionEntry<'templates'>;

/** Every fill-in letter, by title in pinyin order. */
export async function getTemplates(): Promise<Template[]> {
  return (await getCollection('templates')).sort((a, b) => zhCollator.compare(a.data.title, b.data.title));
}
