import { getCollection } from 'astro:content';
import type { SituationData } from '@/schemas/situation';

/** The home page's “我现在遇到的情况”, in the order content/situations.yaml lists them. */
export async function getSituations(): Promise<SituationData[]> {
  return (await getCollection('situations')).map((e) => e.data);
}

export type { SituationData };
