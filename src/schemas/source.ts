import { z } from 'astro/zod';
import { isoDay, partialDay } from './date-like.ts';
import { entryId } from './id.ts';
import { unknownFieldError } from './unknown-field-error.ts';
import { prose } from './prose.ts';

/** Binding force, from strongest to weakest. Order matters: pages sort by it. */
export const bindingLevels = [
  '法律',
  '司法解释',
  '行政法规',
  '地方性法规',
  '部门规章',
  '规范性文件',
  '推荐性国家标准',
  '行业自律规范',
  '政策公告',
  '不具约束力',
] as const;

export type BindingLevel = (typeof bindingLevels)[number];

/** One instrument or page that pages cite. Only A/B confidence may be published. */
export const sourceSchema = z
  .object(
    {
      id: entryId(),
      title: prose(z.string().min(2)),
      /** Short name for inline mentions, e.g. “民法典”. */
      short: prose(z.string().min(2).max(30)),
      issuer: prose(z.string().min(2)),
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
      note: prose(z.string()).optional(),
      /** Which text was checked, and when: `on` is the check date, `text` where it was read (repository@commit:path, or an official URL). */
      checked: z.object(
        {
          on: isoDay,
          text: prose(z.string().min(8, 'checked.text 写明读的是哪个文本：仓库@commit:路径，或官方网址')),
        },
        {
          error: (issue) =>
            issue.input === undefined
              ? 'checked 必填：写明核对了哪个文本、哪天核对的（checked.on: YYYY-MM-DD；checked.text: 仓库@commit:路径 或官方网址）'
              : 'checked 要写成 { on: 核对日期, text: 核对的文本 }',
        },
      ),
      /** 现行 (in force), 已被替代 (replaced: name replacedBy), 尚未施行 (adopted, not yet in force), 征求意见稿 (draft). */
      status: z.enum(['现行', '已被替代', '尚未施行', '征求意见稿']).default('现行'),
      /** Id of the source that replaces this one (its `effective` date is when the replacement applies). */
      replacedBy: z.string().optional(),
      /** For a new version readers should know about: one line per change that matters, shown on 规则更新 (/updates/) from `effective`. */
      update: z.object({ summary: prose(z.string().min(10, 'update.summary 至少 10 个字：写清楚对读者来说改了什么')) }).optional(),
      /** Phone numbers this source officially publishes (e.g. 12356); every number in content must be listed on some source. */
      phones: z.array(z.string().regex(/^[0-9-]{3,15}$/)).default([]),
    },
    { error: unknownFieldError },
  )
  .strict()
  .refine((s) => s.status !== '已被替代' || s.replacedBy, {
    message: 'status 是“已被替代”时，要用 replacedBy 写明被哪一条依据替代',
    path: ['replacedBy'],
  });

export type Source = z.infer<typeof sourceSchema>;
