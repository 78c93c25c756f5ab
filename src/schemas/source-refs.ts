import { z } from 'astro/zod';
import { readSourceIds } from '../utils/read-source-ids.ts';

/** A list of source ids that must exist in content/sources.yaml. */
export function sourceRefs(options: { min?: number } = {}) {
  const base = z.array(z.string());
  const sized = options.min ? base.min(options.min, `至少需要 ${options.min} 个依据`) : base;
  return sized.superRefine((ids, ctx) => {
    const known = readSourceIds();
    ids.forEach((id, i) => {
      if (!known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `未知的依据 id“${id}”：请先在 content/sources.yaml 里添加，或改成已有的 id`,
        });
      }
    });
  });
}

/** A single source id that must exist in content/sources.yaml. */
export function sourceRef() {
  return z.string().superRefine((id, ctx) => {
    if (!readSourceIds().has(id)) {
      ctx.addIssue({ code: 'custom', message: `未知的依据 id“${id}”：请先在 content/sources.yaml 里添加，或改成已有的 id` });
    }
  });
}
