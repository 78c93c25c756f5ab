import { getCollection } from 'astro:content';
import type { DebtSeverity } from '@/calculator/budget';
import type { DocumentKind, HolidayYear } from '@/calculator/court-deadline';

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

/** Source ids the four money-and-deadline tools cite, with the page that cites them (for the 依据总表). */
export async function getToolCitations(): Promise<Array<{ id: string; href: string; title: string }>> {
  const court = { href: '/tools/court-deadlines/', title: '工具：法律文书期限' };
  const budget = { href: '/tools/budget/', title: '工具：每月能还多少' };
  return [
    ...(await getHolidayYears()).map((y) => ({ id: y.source, ...court })),
    ...(await getDocumentKinds()).map((k) => ({ id: k.source, ...court })),
    { id: 'civil-code', ...court },
    ...(await getDebtSeverities()).flatMap((s) => s.sources.map((id) => ({ id, ...budget }))),
    { id: 'credit-reporting-regulation', href: '/tools/credit-record/', title: '工具：征信记录什么时候不再展示' },
    { id: 'spc-private-lending-2020', href: '/tools/apr/', title: '工具：实际年化利率' },
  ];
}
