import { z } from 'astro/zod';
import { categoryIds } from './article.ts';
import { prose } from './prose.ts';

/** A reader path (了解流程 / 知道权利 / 采取行动) and the top questions its landing page answers. */
export const categorySchema = z.object({
  id: z.enum(categoryIds),
  name: prose(z.string().min(2)),
  tagline: prose(z.string().min(4)),
  order: z.number().int(),
  questions: z.array(z.object({ q: prose(z.string().min(4)), a: prose(z.string().min(4)), href: z.string().startsWith('/') })).default([]),
});

export type CategoryData = z.infer<typeof categorySchema>;
