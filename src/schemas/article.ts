import { z } from 'astro/zod';
import { isoDay } from './date-like.ts';
import { ID_PATTERN } from './id.ts';
import { sourceRefs } from './source-refs.ts';
import { unknownFieldError } from './unknown-field-error.ts';
import { prose } from './prose.ts';
import { readerQuestions } from './reader-questions.ts';

export const categoryIds = ['process', 'rights', 'action'] as const;
export type CategoryId = (typeof categoryIds)[number];

export const processIdPattern = ID_PATTERN;

/** Frontmatter of an article in content/articles/. */
export const articleSchema = z
  .object(
    {
      title: prose(z.string().min(4, '标题太短').max(40, '标题不超过 40 个字')),
      description: prose(z.string().min(20, 'description 是开头的“简短回答”，至少 20 个字').max(160, 'description 不超过 160 个字')),
      category: z.enum(categoryIds, { error: () => `category 必须是 ${categoryIds.join(' / ')} 之一` }),
      tags: z.array(z.string().min(1)).min(1, '至少一个标签').max(6, '最多 6 个标签'),
      processes: z.array(z.string().regex(processIdPattern)).default([]),
      published: isoDay,
      reviewed: isoDay,
      sources: sourceRefs().default([]),
      draft: z.boolean().default(false),
      /** 修订记录：newest first; one line per substantive change. The first entry of a new article says 首次发布. */
      changes: z.array(z.object({ date: isoDay, summary: prose(z.string().min(4, '修订记录每条至少 4 个字')) })).default([]),
      /** Readers' own phrasings of the questions this article answers (see reader-questions.ts). */
      questions: readerQuestions(),
      /** True for pages about threats, pressure or despair: the page shows the crisis-help pointer (110 / 12356). */
      crisis: z.boolean().default(false),
    },
    { error: unknownFieldError },
  )
  .strict()
  .refine((a) => a.reviewed >= a.published, {
    message: 'reviewed（最近核对日期）不能早于 published（发布日期）',
    path: ['reviewed'],
  });

export type ArticleData = z.infer<typeof articleSchema>;
