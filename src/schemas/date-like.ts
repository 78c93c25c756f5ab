import { z } from 'astro/zod';

/** Formats a Date as YYYY-MM-DD using its UTC fields (YAML dates are parsed as UTC midnight). */
function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar day written as YYYY-MM-DD (YAML may already have parsed it into a Date).
 * Output is always the ISO string, so pages never depend on the build machine's time zone.
 */
export const isoDay = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? toIsoDay(value) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
    ctx.addIssue({ code: 'custom', message: `日期“${String(value)}”应写成 YYYY-MM-DD，例如 2026-11-29` });
    return z.NEVER;
  }
  if (toIsoDay(new Date(`${text}T00:00:00Z`)) !== text) {
    ctx.addIssue({ code: 'custom', message: `日期“${text}”不存在` });
    return z.NEVER;
  }
  return text;
});

/** A date that may be only a year (2011) or a month (2022-12), as sources often are. */
export const partialDay = z.union([z.date(), z.string(), z.number()]).transform((value, ctx) => {
  const text = value instanceof Date ? toIsoDay(value) : String(value);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: `日期“${text}”应写成 YYYY、YYYY-MM 或 YYYY-MM-DD` });
    return z.NEVER;
  }
  return text;
});
