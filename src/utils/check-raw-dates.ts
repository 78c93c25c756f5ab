import { readFileSync } from 'node:fs';
import { parseDate } from '../calculator/shanghai-date.ts';

/**
 * YAML turns 2026-02-30 into 2 March without complaint, so an impossible date would
 * slip past the schema. This reads the file as written and fails, naming the file and
 * the field, on any YYYY-MM-DD value that is not a real calendar day.
 */
export function checkRawDates(file: string): void {
  const text = readFileSync(file, 'utf8');
  for (const [, field, date] of text.matchAll(/^\s*([A-Za-z]+):\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*$/gm)) {
    if (!parseDate(date!).ok) throw new Error(`${file}: 字段 ${field} 的日期“${date}”不存在，请检查月份和日期。`);
  }
}
