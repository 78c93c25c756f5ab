import { getCollection, type CollectionEntry } from 'astro:content';
import { bindingLevels } from '@/schemas/source';
import { articlePath, calculatorPath, glossaryPath, templatePath } from '@/utils/paths';
import { getPublishedArticles, renderArticle } from './articles';
import { getProcesses } from './processes';

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
  const cite = (id: string, href: string, title: string) => {
    const list = citedBy.get(id) ?? [];
    if (!list.some((p) => p.href === href)) list.push({ href, title });
    citedBy.set(id, list);
  };
  for (const article of await getPublishedArticles()) {
    const { citations } = await renderArticle(article);
    for (const c of citations) cite(c.id, articlePath(article.id), article.data.title);
    for (const id of article.data.sources) cite(id, articlePath(article.id), article.data.title);
  }
  for (const p of await getProcesses()) {
    const texts = [...p.stages, p.grace.stage].flatMap((s) => [...s.mayHappen, ...s.mayNot, ...s.youCan, { sources: [...s.sources, ...s.creditSources] }]);
    for (const id of [...p.baseRules, ...p.notes, ...texts].flatMap((x) => x.sources)) cite(id, calculatorPath, `计算器：${p.name}`);
  }
  for (const term of await getCollection('glossary')) for (const id of term.data.sources) cite(id, glossaryPath(term.data.id), `术语：${term.data.term}`);
  for (const t of await getCollection('templates')) for (const id of t.data.sources) cite(id, templatePath(t.id), `模板：${t.data.title}`);

  const uncited = [...(await getSourceMap()).keys()].filter((id) => !citedBy.has(id));
  if (uncited.length > 0) {
    throw new Error(`content/sources.yaml: 这些依据没有被任何页面引用：${uncited.join('、')}。删除它们，或在文章中引用。`);
  }
  return citedBy;
}
