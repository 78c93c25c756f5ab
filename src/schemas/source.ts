import { z } from 'astro/zod';
import { partialDay } from './date-like';

/** Binding force, from strongest to weakest. Order matters: pages sort by it. */
export const bindingLevels = [
  '法律',
  '司法解释',
  '行政法规',
  '部门规章',
  '规范性文件',
  '推荐性国家标准',
  '行业自律规范',
  '政策公告',
  '不具约束力',
] as const;

export type BindingLevel = (typeof bindingLevels)[number];

/** One instrument or page that pages cite. Only A/B confidence may be published. */
export const sourceSchema = z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符'),
    title: z.string().min(2),
    /** Short name for inline mentions, e.g. “民法典”. */
    short: z.string().min(2).max(30),
    issuer: z.string().min(2),
    date: partialDay.optional(),
    effective: partialDay.optional(),
    binding: z.enum(bindingLevels, {
      error: () => `binding 必须是以下之一：${bindingLevels.join('、')}`,
    }),
    confidence: z.enum(['A', 'B'], {
      error: () => 'confidence 只能是 A 或 B：C 级（未核实）的内容不能发布',
    }),
    url: z.url().optional(),
    alsoSee: z.array(z.url()).default([]),
    note: z.string().optional(),
  });

export type Source = z.infer<typeof sourceSchema>;
