import { getCollection, type CollectionEntry } from 'astro:content';
import { bindingLevels } from '@/schemas/source';

export type SourceEntry = CollectionEntry<'sources'>['data'];

/** Every source by id. */
export async function getSourceMap(): Promise<Map<string, SourceEntry>> {
  const entries = await getCollection('sources');
  return new Map(entries.map((e) => [e.id, e.data]));
}

/** Sources ordered from strongest binding force to weakest, then by date. */
export function sortByBinding(sources: SourceEntry[]): SourceEntry[] {
  return [...sources].sort(
    (a, b) =>
      bindingLevels.indexOf(a.binding) - bindingLevels.indexOf(b.binding) ||
      (b.date ?? b.effective ?? '').localeCompare(a.date ?? a.effective ?? ''),
  );
}
