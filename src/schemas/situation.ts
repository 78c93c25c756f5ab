import { z } from 'astro/zod';
import { internalPageExists } from '../utils/internal-page-exists.ts';
import { entryId } from './id.ts';
import { prose } from './prose.ts';

/**
 * One entry of content/situations.yaml: a reader's situation on the home page (“被催收骚扰”)
 * with the pages to read first. A link to a page that does not exist fails the build.
 */
export const situationSchema = z.object({
  id: entryId(),
  label: prose(z.string().min(4).max(30)),
  hint: prose(z.string().min(4).max(80)),
  links: z
    .array(
      z.object({
        href: z.string().superRefine((href, ctx) => {
          if (!internalPageExists(href))
            ctx.addIssue({ code: 'custom', message: `链接“${href}”指向的页面不存在（只能写 /articles/<slug>/、/templates/<id>/、/tools/<tool>/）` });
        }),
        text: prose(z.string().min(2)),
      }),
    )
    .min(1)
    .max(6),
});
export type SituationData = z.infer<typeof situationSchema>;
