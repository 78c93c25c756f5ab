import { z } from 'astro/zod';
import { findCoverageProblems } from '../calculator/find-coverage-problems.ts';
import { articleExists } from '../utils/article-exists.ts';
import { isoDay } from './date-like.ts';
import { entryId } from './id.ts';
import { sourceRefs } from './source-refs.ts';
import { prose } from './prose.ts';

const sourcedText = z.object({ text: prose(z.string().min(2)), sources: sourceRefs().default([]) });
const ruleText = z.object({ text: prose(z.string().min(2)), sources: sourceRefs({ min: 1 }) });
const articleSlugs = z
  .array(z.string())
  .default([])
  .superRefine((slugs, ctx) => {
    slugs.forEach((slug, i) => {
      if (!articleExists(slug)) ctx.addIssue({ code: 'custom', path: [i], message: `相关文章“${slug}”不存在（content/articles/${slug}.md 或 .mdx）` });
    });
  });

const stageContent = z.object({
  name: prose(z.string().min(2)),
  summary: prose(z.string().min(4)),
  boundary: prose(z.string().min(2)),
  mayHappen: z.array(sourcedText).default([]),
  mayNot: z.array(ruleText).default([]),
  youCan: z.array(sourcedText).default([]),
  credit: prose(z.string()).default(''),
  creditSources: sourceRefs().default([]),
  sources: sourceRefs({ min: 1 }),
  related: articleSlugs,
  /** The stage in plain words for the answer's headline (“催收升级阶段”); defaults to `name`. */
  plainName: prose(z.string().min(2)).optional(),
  /** The industry term, said once in brackets after the plain name (“业内叫 M2”). */
  jargon: prose(z.string().min(2)).optional(),
});

const dayBound = z.number().int().nullable();

/** A process type in content/processes/<id>.yaml: the day line the calculator walks. */
export const processSchema = z.object({
  name: prose(z.string().min(2)),
  shortName: prose(z.string().min(2)),
  order: z.number().int().default(99),
  description: prose(z.string().min(10)),
  reviewed: isoDay,
  grace: z.object({
    default: z.number().int().min(0),
    max: z.number().int().min(0).max(30),
    note: prose(z.string()),
    stage: stageContent,
  }),
  baseRules: z.array(ruleText.extend({ id: z.string() })).min(1),
  stages: z.array(stageContent.extend({ id: entryId(), from: dayBound, to: dayBound })).superRefine((stages, ctx) => {
    for (const problem of findCoverageProblems(stages)) ctx.addIssue({ code: 'custom', message: problem });
  }),
  notes: z
    .array(
      ruleText.extend({
        id: z.string(),
        minAmount: z.number().nonnegative().optional(),
        minDay: z.number().int().optional(),
        /** Said to a reader whose amount reaches minAmount (the other conditions still matter). */
        amountMet: prose(z.string().min(4)).optional(),
        /** Said to a reader whose amount is below minAmount. */
        amountNotMet: prose(z.string().min(4)).optional(),
      }),
    )
    .default([]),
});

export type ProcessEntryData = z.infer<typeof processSchema>;
