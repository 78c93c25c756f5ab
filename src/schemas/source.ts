import { z } from 'astro/zod';
import { partialDay } from './date-like';
import { unknownFieldError } from './unknown-field-error';

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
    /** Which text was checked, and when: `on` is the check date, `text` where it was read (repository@commit:path, or an official URL). */
    checked: z.object({ on: partialDay, text: z.string().min(8) }).optional(),
    /** 现行 (in force), 已被替代 (replaced: name replacedBy), 尚未施行 (adopted, not yet in force), 征求意见稿 (draft). */
    status: z.enum(['现行', '已被替代', '尚未施行', '征求意见稿']).default('现行'),
    /** Id of the source that replaces this one (its `effective` date is when the replacement applies). */
    replacedBy: z.string().optional(),
    /** Phone numbers this source officially publishes (e.g. 12356); every number in content must be listed on some source. */
    phones: z.array(z.string().regex(/^[0-9-]{3,15}$/)).default([]),
  }, { error: unknownFieldError }).strict();

export type Source = z.infer<typeof sourceSchema>;
