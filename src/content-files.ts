/**
 * Content read outside Astro's collections: by the Markdown plugins, the search indexer,
 * scripts and tests. Every file goes through the same zod schema the collections use
 * (or, for content/search/*, its own schema), so bad data fails early naming the file
 * and the field. Runs under plain Node: relative .ts imports only (CONTRIBUTING.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { ProcessData } from './calculator/types.ts';
import { articleSchema } from './schemas/article.ts';
import { glossaryEntrySchema, type GlossaryEntry } from './schemas/glossary.ts';
import { processSchema } from './schemas/process.ts';
import { templateSchema } from './schemas/template.ts';
import { kindHintsSchema, readerWordsSchema, synonymGroupsSchema } from './schemas/search.ts';
import { contentDir } from './utils/content-dir.ts';

/** Parses a YAML file with a schema; a problem throws “file: field: message”. */
function parseYamlFile<S extends z.ZodType>(schema: S, path: string): z.output<S> {
  const data = existsSync(path) ? yaml.load(readFileSync(path, 'utf8'), { filename: path, schema: yaml.CORE_SCHEMA }) : undefined;
  const result = schema.safeParse(data ?? undefined);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '（整个文件）'}：${i.message}`).join('\n');
    throw new Error(`${path}：内容不符合要求\n${issues}`);
  }
  return result.data;
}

/** content/glossary.yaml, the fields term links and search use. */
export function readGlossaryEntries(dir = contentDir()): GlossaryEntry[] {
  return parseYamlFile(glossaryEntrySchema.array().default([]), join(dir, 'glossary.yaml'));
}

/** Every content/processes/*.yaml, validated like the collection, in authored order. */
export function readProcesses(dir = contentDir()): ProcessData[] {
  const folder = join(dir, 'processes');
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), ...parseYamlFile(processSchema, join(folder, f)) }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The frontmatter of every Markdown file in a content folder, validated by `schema`; a problem names the file and field. */
function readFrontmatters<S extends z.ZodType>(folder: string, pattern: RegExp, schema: S): { id: string; data: z.output<S> }[] {
  return readdirSync(folder)
    .filter((f) => pattern.test(f))
    .map((f) => {
      const path = join(folder, f);
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
      const result = schema.safeParse(yaml.load(frontmatter, { filename: path }));
      if (!result.success) throw new Error(`${path}：${result.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`);
      return { id: f.replace(pattern, ''), data: result.data };
    });
}

/** Every published article's frontmatter (content/articles/*.md, *.mdx), validated by the article schema. */
export function readArticles(dir = contentDir()): { id: string; data: z.output<typeof articleSchema> }[] {
  return readFrontmatters(join(dir, 'articles'), /\.mdx?$/, articleSchema).filter((a) => !a.data.draft);
}

/** Every template's frontmatter (content/templates/*.md), validated by the template schema. */
export function readTemplates(dir = contentDir()): { id: string; data: z.output<typeof templateSchema> }[] {
  return readFrontmatters(join(dir, 'templates'), /\.md$/, templateSchema);
}

/** content/search/synonyms.yaml. */
export function readSynonymGroups(dir = contentDir()): string[][] {
  return parseYamlFile(synonymGroupsSchema, join(dir, 'search', 'synonyms.yaml'));
}

/** content/search/reader-words.yaml: site word → readers' words for it. */
export function readReaderWords(dir = contentDir()): Record<string, string[]> {
  return parseYamlFile(readerWordsSchema, join(dir, 'search', 'reader-words.yaml'));
}

/** content/search/kind-hints.yaml, keyed by PAGE_KINDS. */
export function readKindHints(dir = contentDir()): Partial<Record<string, string[]>> {
  return parseYamlFile(kindHintsSchema, join(dir, 'search', 'kind-hints.yaml'));
}

/** A plain word list under content/search/ (one entry per line), or '' when absent. */
export function readSearchText(name: string, dir = contentDir()): string {
  const path = resolve(dir, 'search', name);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
