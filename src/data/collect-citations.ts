import { getCollection } from 'astro:content';
import { articlePath, calculatorPath, glossaryPath, templatePath } from '@/utils/paths';
import { getPublishedArticles, renderArticle } from './articles';
import { getToolCitations } from './tools';

/** One place where a page relies on a source: which file says it, where it shows, and which articles it pins. */
export interface SourceUse {
  sourceId: string;
  /** Article/section pinpoints, e.g. ['第50条']; empty for a whole-instrument reference. */
  pinpoints: string[];
  /** The content file an author would edit, e.g. content/articles/home-visit-rules.md. */
  file: string;
  href: string;
  title: string;
  kind: 'article' | 'process' | 'glossary' | 'template' | 'tool';
}

/** Every citation of every source on the site: inline article citations, article `sources`, process data, glossary, templates and the tools' data. */
export async function collectCitations(): Promise<SourceUse[]> {
  const uses: SourceUse[] = [];
  for (const article of await getPublishedArticles()) {
    const { citations } = await renderArticle(article);
    const at = {
      file: `content/articles/${article.filePath?.split('/').pop() ?? `${article.id}.mdx`}`,
      href: articlePath(article.id),
      title: article.data.title,
      kind: 'article' as const,
    };
    for (const c of citations) uses.push({ ...at, sourceId: c.id, pinpoints: c.pinpoints });
    for (const id of article.data.sources) uses.push({ ...at, sourceId: id, pinpoints: [] });
  }
  for (const p of await getCollection('processes')) {
    const d = p.data;
    const items = [
      d.baseRules,
      d.notes,
      [...d.stages, d.grace.stage].flatMap((s) => [...s.mayHappen, ...s.mayNot, ...s.youCan, { sources: [...s.sources, ...s.creditSources] }]),
    ].flat();
    const at = {
      file: `content/processes/${p.filePath?.split('/').pop() ?? `${p.id}.yaml`}`,
      href: calculatorPath,
      title: `计算器：${d.name}`,
      kind: 'process' as const,
    };
    for (const id of new Set(items.flatMap((x) => x.sources))) uses.push({ ...at, sourceId: id, pinpoints: [] });
  }
  for (const term of await getCollection('glossary')) {
    for (const id of term.data.sources)
      uses.push({
        sourceId: id,
        pinpoints: [],
        file: 'content/glossary.yaml',
        href: glossaryPath(term.data.id),
        title: `术语：${term.data.term}`,
        kind: 'glossary',
      });
  }
  for (const t of await getCollection('templates')) {
    for (const id of t.data.sources)
      uses.push({
        sourceId: id,
        pinpoints: [],
        file: `content/templates/${t.id}.md`,
        href: templatePath(t.id),
        title: `模板：${t.data.title}`,
        kind: 'template',
      });
  }
  uses.push(...(await getToolCitations()));
  return uses;
}
