import { z } from 'astro/zod';
import { sourceRef } from './source-refs';

/** One kind of court paper in content/tools/court-deadlines.yaml and the period it starts. */
export const courtDeadlineKindSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符'),
  order: z.number().int().min(1),
  name: z.string().min(2),
  dateLabel: z.string().min(4),
  from: z.enum(['receipt', 'effective', 'performance-end']),
  period: z.object({ count: z.number().int().min(1).max(100), unit: z.enum(['day', 'month', 'year']) }),
  action: z.string().min(4),
  explain: z.string().min(10),
  source: sourceRef(),
  article: z.string().regex(/^第\d+条/, 'article 应写成“第227条”这样的条文号'),
});

export type CourtDeadlineKindData = z.infer<typeof courtDeadlineKindSchema>;
