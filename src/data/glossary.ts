import { getCollection, type CollectionEntry } from 'astro:content';
import { zhCollator } from '@/utils/zh-collator';

export type GlossaryTerm = CollectionEntry<'glossary'>['data'];

/** Every glossary term, in pinyin order. */
export async function getGlossaryTerms(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((e) => e.data).sort((a, b) => zhCollator.compare(a.term, b.term));
}
