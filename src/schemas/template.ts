import { z } from 'astro/zod';
import { isoDay } from './date-like.ts';
import { sourceRefs } from './source-refs.ts';
import { prose } from './prose.ts';
import { readerQuestions } from './reader-questions.ts';

export const templateFieldSchema = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, '字段 id 只能用英文字母和数字'),
  label: prose(z.string().min(1)),
  type: z.enum(['text', 'date', 'number', 'textarea']).default('text'),
  placeholder: prose(z.string()).optional(),
});

/** Frontmatter of a fill-in letter in content/templates/. The body holds {{fieldId}} blanks. */
export const templateSchema = z.object({
  title: prose(z.string().min(4)),
  description: prose(z.string().min(10)),
  reviewed: isoDay,
  sources: sourceRefs({ min: 1 }),
  fields: z.array(templateFieldSchema).min(1),
  tips: z.array(prose(z.string())).default([]),
  /** Words readers search for this letter by (used as search keywords). */
  tags: z.array(z.string()).max(6).default([]),
  /** What readers ask when they need this letter, in their own words (see reader-questions.ts). */
  questions: readerQuestions(),
});

export type TemplateData = z.infer<typeof templateSchema>;
export type TemplateField = z.infer<typeof templateFieldSchema>;
