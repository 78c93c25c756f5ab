import { getCollection, type CollectionEntry } from 'astro:content';
import { bindingLevels } from '@/schemas/source';
import { collectCitations } from './collect-citations';

export type SourceEntry = CollectionEntry<'sources'>['data'];

/** Every source by id. */
export async function getSourceMap(): Promise<Map<string, SourceEntry>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((e) => [e.id, e.data]));
}

/** Sources ordered from strongest binding force to weakest, then by date. */
export function sortByBinding(sources: SourceEntry[]): SourceEntry[] {
  return [...sources].sort(
    (a, b) => bindingLevels.indexOf(a.binding) - bindingLevels.indexOf(b.binding) || (b.date ?? b.effective ?? '').localeCompare(a.date ?? a.effective ?? ''),
  );
}

export interface CitingPage {
  href: string;
  title: string;
}

/**
 * The citation graph: for every source, the pages that cite it (articles, inline or in
 * `sources`; the calculator's processes; glossary terms; templates). Also enforces the
 * build-wide rule that every source in content/sources.yaml is cited somewhere.
 */
export async function getCitedBy(): Promise<Map<string, CitingPage[]>> {
  const citedBy = new Map<string, CitingPage[]>();
  for (const use of await collectCitations()) {
    const list = citedBy.get(use.sourceId) ?? [];
    if (!list.some((p) => p.href === use.href)) list.push({ href: use.href, title: use.title });
    citedBy.set(use.sourceId, list);
  }
  // A replaced text stays listed (规则更新 shows what changed) without being cited.
  const uncited = [...(await getSourceMap()).entries()].filter(([id, s]) => !citedBy.has(id) && s.status !== '已被替代').map(([id]) => id);
  if (uncited.length > 0) {
    throw new Error(`content/sources.yaml: 这些依据没有被任何页面引用：${uncited.join('、')}。删除它们，或在文章中引用。`);
  }
  return citedBy;
}
