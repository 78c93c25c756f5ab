import { z } from 'astro/zod';
import { isoDay } from './date-like.ts';
import { sourceRef } from './source-refs.ts';
import { prose } from './prose.ts';

/** Dates are quoted in these files so YAML cannot turn 2026-02-30 into 2 March before the check. */
const quotedDay = z
  .union([z.string(), z.date()])
  .superRefine((v, ctx) => {
    if (v instanceof Date) ctx.addIssue({ code: 'custom', message: `日期 ${v.toISOString().slice(0, 10)} 请加引号，写成 "YYYY-MM-DD"` });
  })
  .pipe(isoDay);

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/**
 * One year's official holiday arrangement, content/holidays/<year>.yaml, as the State
 * Council General Office's notice lists it: days off (ranges) and weekend days made working days.
 */
export const holidayYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: sourceRef(),
    holidays: z
      .array(
        z.object({
          name: prose(z.string().min(2)),
          off: z.object({ from: quotedDay, to: quotedDay }),
          work: z.array(quotedDay).default([]),
        }),
      )
      .min(1),
  })
  .superRefine((data, ctx) => {
    data.holidays.forEach((h, i) => {
      for (const key of ['from', 'to'] as const) {
        if (typeof h.off[key] === 'string' && !h.off[key].startsWith(`${data.year}-`)) {
          ctx.addIssue({ code: 'custom', path: ['holidays', i, 'off', key], message: `放假日期 ${h.off[key]} 不在 ${data.year} 年` });
        }
      }
      if (h.off.from > h.off.to) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'off'], message: `放假起始日 ${h.off.from} 晚于结束日 ${h.off.to}` });
      h.work.forEach((d, j) => {
        // Notices only ever move work onto a Saturday or Sunday; anything else is a typo.
        if (typeof d === 'string' && weekday(d) !== 0 && weekday(d) !== 6) {
          ctx.addIssue({ code: 'custom', path: ['holidays', i, 'work', j], message: `调休上班日 ${d} 不是周六或周日，请对照通知原文` });
        }
        if (d >= h.off.from && d <= h.off.to) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'work', j], message: `调休上班日 ${d} 落在放假期间内` });
      });
    });
  });

export type HolidayYearData = z.infer<typeof holidayYearSchema>;
