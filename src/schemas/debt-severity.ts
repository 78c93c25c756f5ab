import { z } from 'astro/zod';
import { sourceRefs } from './source-refs.ts';
import { prose } from './prose.ts';

/** One kind of debt in content/tools/debt-types.yaml: how severe not paying it is, and why. */
export const debtSeveritySchema = z.object({
  id: z.enum(['court', 'credit-card', 'consumer-loan', 'online-loan', 'mortgage', 'car', 'private']),
  name: prose(z.string().min(2)),
  tier: z.number().int().min(0).max(9),
  secured: z.boolean(),
  reason: prose(z.string().min(10).max(120, '理由请控制在一句话（120字以内）')),
  sources: sourceRefs({ min: 1 }),
  article: z.string().min(3),
});
