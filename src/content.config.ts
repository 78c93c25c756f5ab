import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { articleSchema } from '@/schemas/article';
import { categorySchema } from '@/schemas/category';
import { courtDeadlineKindSchema } from '@/schemas/court-deadline';
import { debtSeveritySchema } from '@/schemas/debt-severity';
import { glossaryTermSchema } from '@/schemas/glossary';
import { holidayYearSchema } from '@/schemas/holiday-year';
import { processSchema } from '@/schemas/process';
import { situationSchema } from '@/schemas/situation';
import { sourceSchema } from '@/schemas/source';
import { templateSchema } from '@/schemas/template';
import { checkContentFiles } from '@/utils/check-content-files';
import { checkRawDates } from '@/utils/check-raw-dates';
import { contentDir } from '@/utils/content-dir';

// Content lives outside src/ (content/), one schema per concern in src/schemas/.
const root = contentDir();

// Misspelt fields, duplicate ids, two files for one article and YAML errors fail here, with file and line.
const fieldsOf = (schema: unknown) => Object.keys((schema as { shape?: object }).shape ?? {});
checkContentFiles(root, {
  articles: fieldsOf(articleSchema),
  templates: fieldsOf(templateSchema),
  processes: fieldsOf(processSchema),
  sources: fieldsOf(sourceSchema),
  glossary: fieldsOf(glossaryTermSchema),
  categories: fieldsOf(categorySchema),
});

/** Single-file YAML lists are parsed without YAML's date guessing, so the schema sees dates as written. */
const strictYaml = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>[];

/** Entry id = file name; the file's dates are checked as written before YAML reinterprets them. */
const idFromFile = ({ entry, base }: { entry: string; base: URL }) => {
  checkRawDates(new URL(entry, base).pathname);
  return entry.replace(/\.(mdx?|ya?ml|json)$/, '');
};

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/articles`, generateId: idFromFile }), schema: articleSchema }),
  processes: defineCollection({ loader: glob({ pattern: '*.{yaml,yml,json}', base: `${root}/processes`, generateId: idFromFile }), schema: processSchema }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`, { parser: strictYaml }), schema: sourceSchema }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`, { parser: strictYaml }), schema: glossaryTermSchema }),
  templates: defineCollection({ loader: glob({ pattern: '*.md', base: `${root}/templates`, generateId: idFromFile }), schema: templateSchema }),
  categories: defineCollection({ loader: file(`${root}/categories.yaml`, { parser: strictYaml }), schema: categorySchema }),
  situations: defineCollection({ loader: file(`${root}/situations.yaml`, { parser: strictYaml }), schema: situationSchema }),
  holidays: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/holidays`, generateId: idFromFile }), schema: holidayYearSchema }),
  courtDeadlines: defineCollection({ loader: file(`${root}/tools/court-deadlines.yaml`, { parser: strictYaml }), schema: courtDeadlineKindSchema }),
  debtTypes: defineCollection({ loader: file(`${root}/tools/debt-types.yaml`, { parser: strictYaml }), schema: debtSeveritySchema }),
};
