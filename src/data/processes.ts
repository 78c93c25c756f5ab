import { getCollection } from 'astro:content';
import type { ProcessData } from '@/calculator/types';

/** All process types as the calculator's ProcessData, in their authored order. */
export async function getProcesses(): Promise<ProcessData[]> {
  const entries = await getCollection('processes');
  return entries.map((e): ProcessData => ({ id: e.id, ...e.data })).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * The named process. Precondition: the id exists; an unknown id fails the build with
 * the list of valid ids, so a typo in an MDX component prop is caught immediately.
 */
export async function getProcess(id: string): Promise<ProcessData> {
  const all = await getProcesses();
  const found = all.find((p) => p.id === id);
  if (!found) throw new Error(`未知的流程类型 process="${id}"，可用的有：${all.map((p) => p.id).join('、')}`);
  return found;
}
