import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from '@/schemas/article';
import { categorySchema } from '@/schemas/category';
import { glossaryTermSchema } from '@/schemas/glossary';
import { processSchema } from '@/schemas/process';
import { sourceSchema } from '@/schemas/source';
import { templateSchema } from '@/schemas/template';
import { contentDir } from '@/utils/read-data-file';

// Content lives outside src/ (content/), one schema per concern in src/schemas/.
const root = contentDir();

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/articles` }), schema: articleSchema }),
  processes: defineCollection({ loader: glob({ pattern: '*.{yaml,yml,json}', base: `${root}/processes` }), schema: processSchema }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossaryTermSchema }),
  templates: defineCollection({ loader: glob({ pattern: '*.md', base: `${root}/templates` }), schema: templateSchema }),
  categories: defineCollection({ loader: file(`${root}/categories.yaml`), schema: categorySchema }),
};
