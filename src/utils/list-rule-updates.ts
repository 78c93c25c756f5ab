import type { SourceUse } from '@/data/collect-citations';

interface UpdatableSource {
  id: string;
  title: string;
  short: string;
  date?: string;
  effective?: string;
  replacedBy?: string;
  update?: { summary: string };
}

export interface RuleUpdate {
  id: string;
  title: string;
  short: string;
  /** Day the new text applies from (its effective date; its version date when that is all that is known). */
  since: string;
  /** False when `since` is only the version date because no effective date is recorded. */
  sinceIsEffective: boolean;
  summary: string;
  /** Older texts this one replaces. */
  replaces: { id: string; title: string }[];
  /** Pages that cite the new text, with the articles (条) they rely on. */
  pages: { href: string; title: string; pinpoints: string[] }[];
}

/**
 * The changes readers should know about: every source with an `update` whose text applies on or
 * before `today`, newest first; the pages it touched are computed from the citations.
 */
export function listRuleUpdates(sources: readonly UpdatableSource[], uses: readonly SourceUse[], today: string): RuleUpdate[] {
  const updates: RuleUpdate[] = [];
  for (const s of sources) {
    const since = s.effective ?? s.date;
    if (!s.update || !since || since > today) continue;
    const pages = new Map<string, RuleUpdate['pages'][number]>();
    for (const use of uses.filter((u) => u.sourceId === s.id)) {
      const page = pages.get(use.href) ?? { href: use.href, title: use.title, pinpoints: [] };
      for (const p of use.pinpoints) if (!page.pinpoints.includes(p)) page.pinpoints.push(p);
      pages.set(use.href, page);
    }
    updates.push({
      id: s.id,
      title: s.title,
      short: s.short,
      since,
      sinceIsEffective: s.effective !== undefined,
      summary: s.update.summary,
      replaces: sources.filter((o) => o.replacedBy === s.id).map((o) => ({ id: o.id, title: o.title })),
      pages: [...pages.values()].map((p) => ({ ...p, pinpoints: p.pinpoints.sort(byArticleNumber) })).sort((a, b) => a.href.localeCompare(b.href)),
    });
  }
  return updates.sort((a, b) => b.since.localeCompare(a.since) || a.id.localeCompare(b.id));
}

/** 第10条 before 第27条; pinpoints without a number keep their order after the numbered ones. */
function byArticleNumber(a: string, b: string): number {
  const n = (p: string) => Number(/\d+/.exec(p)?.[0] ?? Number.POSITIVE_INFINITY);
  return n(a) - n(b) || 0;
}
