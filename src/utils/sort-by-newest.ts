/** The fields sorting needs; articles and other dated entries satisfy it. */
export interface Dated {
  published: string;
  title: string;
}

/**
 * Newest first by published date (ISO strings compare correctly); ties broken by
 * title in Chinese collation so the order is stable from build to build.
 */
export function sortByNewest<T extends { data: Dated }>(entries: readonly T[]): T[] {
  const collator = new Intl.Collator('zh-CN');
  return [...entries].sort((a, b) => b.data.published.localeCompare(a.data.published) || collator.compare(a.data.title, b.data.title));
}
