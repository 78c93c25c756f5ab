/** The headings a table of contents lists: h2 and h3. */
export function tocHeadings<T extends { depth: number }>(headings: readonly T[]): T[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
