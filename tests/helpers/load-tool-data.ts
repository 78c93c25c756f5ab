import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { DocumentKind, HolidayYear } from '@/calculator/court-deadline';
import type { DebtSeverity } from '@/calculator/budget';
import { courtDeadlineKindSchema } from '@/schemas/court-deadline';
import { debtSeveritySchema } from '@/schemas/debt-severity';
import { holidayYearSchema } from '@/schemas/holiday-year';

/** The real holiday files, validated by the schema the build uses. */
export function loadHolidayYears(): HolidayYear[] {
  return readdirSync('content/holidays')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => holidayYearSchema.parse(yaml.load(readFileSync(`content/holidays/${f}`, 'utf8'))));
}

/** The real document kinds of the court-deadline tool. */
export function loadDocumentKinds(): DocumentKind[] {
  const raw = yaml.load(readFileSync('content/tools/court-deadlines.yaml', 'utf8')) as unknown[];
  return raw.map((k) => courtDeadlineKindSchema.parse(k));
}

/** The real debt severities of the budget tool. */
export function loadDebtSeverities(): DebtSeverity[] {
  const raw = yaml.load(readFileSync('content/tools/debt-types.yaml', 'utf8')) as unknown[];
  return raw.map((k) => debtSeveritySchema.parse(k) as DebtSeverity);
}
