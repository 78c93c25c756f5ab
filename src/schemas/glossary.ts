import { z } from 'astro/zod';
import { sourceRefs } from './source-refs.ts';

/** One glossary term. Aliases drive both automatic term links and search synonyms. */
export const glossaryTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符'),
  term: z.string().min(1),
  aliases: z.array(z.string().min(2, '别名至少两个字，避免误匹配')).default([]),
  definition: z.string().min(10),
  sources: sourceRefs({ min: 1 }),
  related: z.array(z.string()).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
