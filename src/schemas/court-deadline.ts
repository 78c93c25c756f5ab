import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../utils/content-dir.ts';
import { sourceRef } from './source-refs.ts';
import { prose } from './prose.ts';

/** One kind of court paper in content/tools/court-deadlines.yaml and the period it starts. */
export const courtDeadlineKindSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符'),
  order: z.number().int().min(1),
  name: prose(z.string().min(2)),
  dateLabel: prose(z.string().min(4)),
  from: z.enum(['receipt', 'effective', 'performance-end']),
  period: z.object({ count: z.number().int().min(1).max(100), unit: z.enum(['day', 'month', 'year']) }),
  action: prose(z.string().min(4)),
  explain: prose(z.string().min(10)),
  source: sourceRef(),
  article: z.string().regex(/^第\d+条/, 'article 应写成“第227条”这样的条文号'),
  /** A template the reader can fill in for this step (content/templates/<id>.md). */
  template: z
    .string()
    .refine((id) => existsSync(join(contentDir(), 'templates', `${id}.md`)), { message: '模板不存在：请检查 content/templates/ 下的文件名' })
    .optional(),
});

export type CourtDeadlineKindData = z.infer<typeof courtDeadlineKindSchema>;
