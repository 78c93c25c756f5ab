import { getCollection } from 'astro:content';
import type { DebtSeverity } from '@/calculator/budget';
import type { DocumentKind, HolidayYear } from '@/calculator/court-deadline';
import type { SourceUse } from '@/data/collect-citations';
import { toolPath } from '@/utils/paths';

/** The official holiday arrangements, oldest year first. */
export async function getHolidayYears(): Promise<HolidayYear[]> {
  return (await getCollection('holidays')).map((e) => e.data).sort((a, b) => a.year - b.year);
}

/** The court-paper kinds, commonest first. */
export async function getDocumentKinds(): Promise<DocumentKind[]> {
  return (await getCollection('courtDeadlines')).map((e) => ({ ...e.data, id: e.id }) as DocumentKind).sort((a, b) => a.order - b.order);
}

/** Debt kinds from most to least severe consequences of not paying. */
export async function getDebtSeverities(): Promise<DebtSeverity[]> {
  return (await getCollection('debtTypes')).map((e) => ({ ...e.data, id: e.id }) as DebtSeverity).sort((a, b) => a.tier - b.tier);
}

/** Where the four money-and-deadline tools rely on a source (for the 依据总表 and the version checks). */
export async function getToolCitations(): Promise<SourceUse[]> {
  const at = (tool: string, title: string, file: string) => ({ href: toolPath(tool), title: `工具：${title}`, file, kind: 'tool' as const });
  const court = (file: string) => at('court-deadlines', '法律文书期限', file);
  const budget = at('budget', '每月能还多少', 'content/tools/debt-types.yaml');
  return [
    ...(await getHolidayYears()).map((y) => ({ ...court(`content/holidays/${y.year}.yaml`), sourceId: y.source, pinpoints: [] })),
    ...(await getDocumentKinds()).map((k) => ({ ...court('content/tools/court-deadlines.yaml'), sourceId: k.source, pinpoints: [k.article] })),
    { ...court('src/components/CourtDeadlineTool.astro'), sourceId: 'civil-procedure-law', pinpoints: ['第85条', '第86条'] },
    ...(await getDebtSeverities()).flatMap((s) => s.sources.map((id) => ({ ...budget, sourceId: id, pinpoints: [s.article] }))),
    {
      ...at('credit-record', '征信记录什么时候不再展示', 'src/components/CreditRecordTool.astro'),
      sourceId: 'credit-reporting-regulation',
      pinpoints: ['第16条', '第17条', '第25条', '第26条'],
    },
    { ...at('credit-record', '征信记录什么时候不再展示', 'src/components/CreditRecordTool.astro'), sourceId: 'credit-repair-scam-reports', pinpoints: [] },
    { ...at('credit-record', '征信记录什么时候不再展示', 'src/components/CreditRecordTool.astro'), sourceId: 'pboc-credit-repair-2025', pinpoints: [] },
    { ...at('apr', '实际年化利率', 'src/components/AprTool.astro'), sourceId: 'spc-private-lending-2020', pinpoints: ['第1条', '第25条', '第26条', '第29条'] },
  ];
}
