import type { SourceUse } from '@/data/collect-citations';

interface VersionedSource {
  id: string;
  date?: string;
  effective?: string;
  replacedBy?: string;
}

export interface SupersededCitation {
  use: SourceUse;
  /** The source that replaces the cited one, or undefined when replacedBy names no known source. */
  replacement?: VersionedSource;
  /** Day the replacement applies from (its effective date, else its version date). */
  since?: string;
}

/**
 * Citations of a source whose replacement already applies on `today` (YYYY-MM-DD), plus citations
 * of a source whose `replacedBy` names an unknown id. A replacement not yet in force is fine to wait for.
 */
export function findSupersededCitations(uses: readonly SourceUse[], sources: ReadonlyMap<string, VersionedSource>, today: string): SupersededCitation[] {
  const found: SupersededCitation[] = [];
  for (const use of uses) {
    const replacedBy = sources.get(use.sourceId)?.replacedBy;
    if (!replacedBy) continue;
    const replacement = sources.get(replacedBy);
    if (!replacement) {
      found.push({ use });
      continue;
    }
    const since = replacement.effective ?? replacement.date;
    // A partial date (2017, 2017-02) counts from its first day.
    if (since && since <= today) found.push({ use, replacement, since });
  }
  return found;
}
